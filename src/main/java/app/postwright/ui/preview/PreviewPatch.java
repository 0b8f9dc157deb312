package app.postwright.ui.preview;

import app.postwright.ui.preview.HtmlOutline.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to change in a shown page so that it becomes a newly rendered one: the smallest elements whose HTML differs,
 * each to be replaced in the live DOM. Reloading the whole page on every keystroke made WebKit parse, style, lay
 * out and paint everything again; replacing only the edited bullet or paragraph keeps that work proportional to
 * the edit. When the page's frame changed ({@code <html>}, {@code <head>}'s elements or styles, {@code <body>}'s
 * attributes: theme, language, direction) there is no patch and the page must be loaded in full.
 */
final class PreviewPatch {
    /** Elements that frame the page: a change in their own markup or child list means a full load. */
    private static final Set<String> FRAME = Set.of("html", "head", "body");

    /**
     * Replace the element reached from {@code <html>} by {@code path} (element-child indices), which must be a
     * {@code tag} element, with {@code html}.
     */
    record Replacement(String path, String tag, String html) {
    }

    private PreviewPatch() {
    }

    /** The replacements turning {@code shown} into {@code next}, or empty when {@code next} needs a full load. */
    static Optional<List<Replacement>> between(String shown, String next) {
        Optional<Element> oldRoot = HtmlOutline.parse(shown);
        Optional<Element> newRoot = HtmlOutline.parse(next);
        if (oldRoot.isEmpty() || newRoot.isEmpty()
                || !sameText(shown, 0, oldRoot.get().start(), next, 0, newRoot.get().start())
                || !sameText(shown, oldRoot.get().end(), shown.length(), next, newRoot.get().end(), next.length())) {
            return Optional.empty();
        }
        List<Replacement> replacements = new ArrayList<>();
        boolean patchable = compare(shown, oldRoot.get(), next, newRoot.get(), "", replacements);
        return patchable ? Optional.of(replacements) : Optional.empty();
    }

    /** Adds the replacements for one element pair; false when the difference needs a full load. */
    private static boolean compare(String shown, Element old, String next, Element now, String path,
                                   List<Replacement> out) {
        if (sameText(shown, old.start(), old.end(), next, now.start(), now.end())) {
            return true;
        }
        boolean frame = FRAME.contains(old.tag());
        if (old.tag().equals(now.tag()) && !old.isRawText() && sameSkeleton(shown, old, next, now)) {
            String prefix = path.isEmpty() ? "" : path + ".";
            for (int i = 0; i < old.children().size(); i++) {
                if (!compare(shown, old.children().get(i), next, now.children().get(i), prefix + i, out)) {
                    return false;
                }
            }
            return true;
        }
        if (frame || "style".equals(old.tag()) || path.isEmpty()) {
            return false;
        }
        out.add(new Replacement(path, old.tag(), next.substring(now.start(), now.end())));
        return true;
    }

    /** Same start tag, same number of child elements and the same text around them. */
    private static boolean sameSkeleton(String shown, Element old, String next, Element now) {
        List<Element> oldChildren = old.children();
        List<Element> newChildren = now.children();
        if (oldChildren.size() != newChildren.size()
                || !sameText(shown, old.start(), old.contentStart(), next, now.start(), now.contentStart())) {
            return false;
        }
        int oldFrom = old.contentStart();
        int newFrom = now.contentStart();
        for (int i = 0; i < oldChildren.size(); i++) {
            Element oldChild = oldChildren.get(i);
            Element newChild = newChildren.get(i);
            if (!sameText(shown, oldFrom, oldChild.start(), next, newFrom, newChild.start())) {
                return false;
            }
            oldFrom = oldChild.end();
            newFrom = newChild.end();
        }
        return sameText(shown, oldFrom, old.contentEnd(), next, newFrom, now.contentEnd());
    }

    private static boolean sameText(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        return aTo - aFrom == bTo - bFrom && a.regionMatches(aFrom, b, bFrom, aTo - aFrom);
    }
}
