package app.postwright.ui.export;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The rendered HTML document → the fragment put on the clipboard as rich text: the body's content only (no head, so
 * no CSP meta and no stylesheet), without script or other active elements, with each element styled inline from
 * {@code clipboard-styles.properties}, because job-board and ATS editors drop stylesheets but keep inline styles.
 * The document is read as XML: the renderer writes well-formed XHTML (openhtmltopdf needs it too).
 */
final class ClipboardHtml {
    /** Elements that do nothing useful in a pasted posting or could act on their own. */
    private static final Set<String> DROPPED = Set.of("script", "style", "meta", "link", "noscript", "template",
            "iframe", "object", "embed", "svg", "form", "input", "button", "base");
    /** Attributes meaningless outside the document's stylesheet, or that could act on their own. */
    private static final Set<String> DROPPED_ATTRIBUTES = Set.of("class", "style", "srcset", "formaction");
    private static final String ROOT_STYLE_KEY = "root";

    private final Properties styles;

    ClipboardHtml() {
        styles = new Properties();
        try (InputStream in = ClipboardHtml.class.getResourceAsStream("clipboard-styles.properties")) {
            if (in == null) {
                throw new IllegalStateException("clipboard-styles.properties is missing from the jar");
            }
            styles.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clipboard-styles.properties", e);
        }
    }

    /** The body of {@code document} as one styled {@code <div>}. */
    String fragment(String document) {
        Document source = parse(document);
        NodeList bodies = source.getElementsByTagName("body");
        if (bodies.getLength() == 0) {
            throw new IllegalArgumentException("the rendered document has no body");
        }
        Element root = source.createElement("div");
        root.setAttribute("style", styles.getProperty(ROOT_STYLE_KEY));
        for (Node child : children(bodies.item(0))) {
            root.appendChild(child);
        }
        clean(root);
        return serialize(root);
    }

    private void clean(Element element) {
        for (Node child : children(element)) {
            if (child.getNodeType() == Node.COMMENT_NODE || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                element.removeChild(child);
            } else if (child instanceof Element childElement) {
                String tag = childElement.getTagName().toLowerCase(Locale.ROOT);
                if (DROPPED.contains(tag)) {
                    element.removeChild(child);
                } else {
                    removeAttributes(childElement);
                    String style = styles.getProperty(tag);
                    if (style != null) {
                        childElement.setAttribute("style", style);
                    }
                    clean(childElement);
                }
            }
        }
    }

    private static void removeAttributes(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
            if (name.startsWith("on") || DROPPED_ATTRIBUTES.contains(name)) {
                names.add(attributes.item(i).getNodeName());
            }
        }
        names.forEach(element::removeAttribute);
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        return children;
    }

    private static Document parse(String document) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // No stderr noise from the parser: failures arrive as exceptions.
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(document)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the rendered HTML is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static String serialize(Element element) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(element), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot serialise the clipboard HTML", e);
        }
    }
}
