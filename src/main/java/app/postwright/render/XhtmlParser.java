package app.postwright.render;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses the HTML {@link HtmlRenderer} writes (also well-formed XML) into the W3C DOM that openhtmltopdf lays out.
 * openhtmltopdf can parse it itself, but for every document it looks up and configures a SAX parser, a DOM builder
 * and an XSLT identity transform to copy one into the other: 3 % of a 50-PDF batch's CPU time. One configured
 * factory, reused, builds the same tree directly. Thread-safe.
 */
final class XhtmlParser {
    /** Errors become exceptions; the JDK's default handler would also print them to standard error. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    /**
     * A builder is not thread-safe, but may parse one document after another; setting one up cost a fifth of a parse.
     */
    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(this::newBuilder);

    XhtmlParser() {
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setExpandEntityReferences(false);
        try {
            // Nothing from outside the document, ever: no external DTD, entities or XInclude.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            // openhtmltopdf visits every node, so Xerces' deferred DOM, which expands nodes on first visit, only adds
            // work.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be made safe for documents: " + e.getMessage(), e);
        }
    }

    /** The document tree of {@code html}; an {@link IOException} names the first place that is not well-formed. */
    Document parse(String html) throws IOException {
        try {
            return builders.get().parse(new InputSource(new StringReader(html)));
        } catch (SAXParseException e) {
            throw new IOException("the document for the PDF is not well-formed at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException("the document for the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder;
            synchronized (factory) {
                builder = factory.newDocumentBuilder();
            }
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
