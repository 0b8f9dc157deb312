package app.postwright.ui.preview;

/** A minimal page that tells the user, inside the preview, why there is no preview. */
final class ErrorPage {
    private ErrorPage() {
    }

    static String html(String message) {
        String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<!DOCTYPE html><html><body style=\"font-family:sans-serif;color:#8a1c1c;padding:2em\"><p>"
                + escaped + "</p></body></html>";
    }
}
