package io.newsdesk.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeBodyTest {
    @Test
    void aBodyCleanedBeforeIsAnsweredAsCleaningItAgainWould() {
        String hostile = "<p>Harbor <b>budget</b><script>alert(1)</script> <a href=\"javascript:x()\">vote</a></p>";
        String other = "<p>Ferry <i>schedule</i><img src=x onerror=alert(2)></p>";
        String first = SafeBody.html(hostile, "");
        assertEquals("<p>Harbor <b>budget</b> <a rel=\"nofollow noopener noreferrer\">vote</a></p>", first);
        assertEquals("<p>Ferry <i>schedule</i></p>", SafeBody.html(other, ""), "each body its own cleaned form");
        assertEquals(first, SafeBody.html(new String(hostile.toCharArray()), ""), "an equal body read again");
        assertEquals("<p>Plain &amp; simple</p>", SafeBody.html(null, "Plain & simple"), "no HTML: from the text");
    }
}
