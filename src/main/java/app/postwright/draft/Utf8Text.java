package app.postwright.draft;

import app.postwright.BadInputException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where a file stops being text, for binary or mis-encoded drafts. */
final class Utf8Text {
    private Utf8Text() {
    }

    /** The text of {@code bytes}; BadInputException with line and column of the first byte that is not UTF-8. */
    static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw notText(bytes, in.position(), source);
        }
        return out.flip().toString();
    }

    private static BadInputException notText(byte[] bytes, int offset, String source) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new BadInputException(source + ", line " + line + ", column " + (offset - lineStart + 1) + ": "
                + DraftErrors.NOT_TEXT);
    }
}
