package dev.polcat.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The one HTML escaper and the double-quoted form of the one control-character escaper. */
class EscapersTest {
    @Test
    void htmlEscapesTheFiveCharactersThatMatterInContentAndQuotedAttributes() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; é", Html.escape("a <b> & \"c\" 'd' é"));
    }

    @Test
    void htmlReturnsCleanTextItself() {
        String clean = "role == web";
        assertSame(clean, Html.escape(clean));
    }

    @Test
    void quotedEscapesQuotesBackslashesAndEveryUnsafeCharacter() {
        assertEquals(
                "\"a\\\"b\\\\c\\nd\\te\\r\\u001b\\u007f\\u0085\\u202e\\u2028é\"",
                ControlChars.quoted("a\"b\\c\nd\te\r\u001b\u007f\u0085\u202e\u2028é"));
    }
}
