package app.postwright.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "HTTP://EXAMPLE.COM/path?q=1", "mailto:jobs@example.com",
            "MailTo:jobs@example.com", "https://例え.jp/パス"})
    void allowsWebAndMailLinks(String url) {
        assertThat(LinkPolicy.allows(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
            "java\nscript:alert(1)", "java\u0000script:alert(1)", "https://exa mple.com", "https://example.com\t",
            "https:\u00A0//x", "https://\u200Bexample.com", "data:text/html,<script>", "vbscript:x", "file:///etc/passwd",
            "ftp://example.com", "//example.com", "example.com", "https:", "mailto:", "mailto:nobody",
            "https:/example.com", "mailto:<b>@x.example", "https://x.example/\"onclick=", "https://x.example/{a}"})
    void refusesEverythingElse(String url) {
        assertThat(LinkPolicy.allows(url)).isFalse();
    }
}
