package io.newsdesk.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.ArticleContent;
import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The plain-text rendering shortcut must give exactly what the jsoup round trip gives, for any text. */
class NewsPageCleanerPlainTextShortcutTest {

    private final NewsPageCleaner cleaner = new NewsPageCleaner();

    private static Submission submission(String body, SubmissionChannel channel, BodyFormat format) {
        return Submission.newBuilder().setArticleId("a1").setVersion(1).setSubmissionId("s1").setSource("test")
                .setExternalId("e1").setChannel(channel).setHeadline(null).setBody(body).setBodyFormat(format)
                .setReceivedAt(Instant.EPOCH).build();
    }

    @Test
    void everyCodePointTheShortcutAcceptsRendersAsJsoupRendersIt() {
        int accepted = 0;
        StringBuilder text = new StringBuilder();
        List<PageBlock> blocks = new ArrayList<>();
        for (int cp = 0x20; cp <= Character.MAX_CODE_POINT; cp++) {
            if (!PlainParagraphs.renderable(cp) || Character.isWhitespace(cp)) {
                continue; // whitespace never sits at a block's edge; it is checked between letters below
            }
            accepted++;
            text.append('x').appendCodePoint(cp).append(' ').appendCodePoint(cp);
            if (text.length() > 4000) {
                blocks.add(new PageBlock(text.toString(), null, 0, null));
                text.setLength(0);
            }
            if (blocks.size() == 4) {
                assertSameHtml(blocks);
                blocks.clear();
            }
        }
        blocks.add(new PageBlock(text.append('x').toString(), null, 0, null));
        assertSameHtml(blocks);
        assertTrue(accepted > 1_000_000, "the shortcut should cover nearly all of Unicode, covered " + accepted);
    }

    @Test
    void whitespaceInsideABlockRendersAsJsoupRendersIt() {
        StringBuilder text = new StringBuilder("start");
        for (int cp = 0x20; cp <= 0xffff; cp++) {
            if (Character.isWhitespace(cp) && PlainParagraphs.renderable(cp)) {
                text.append('a').appendCodePoint(cp).append('b');
            }
        }
        text.append("\u00a0end");
        assertSameHtml(List.of(new PageBlock(text.toString(), null, 0, null)));
    }

    @Test
    void blocksAreRenderedAsParagraphsWithEscapesOnlyWhereNeeded() {
        assertEquals("<p>Plain words.</p><p>A &amp; B &lt;3 &gt; C&nbsp;D &amp;</p><p>caf\u00e9</p>",
                PlainParagraphs.render(List.of(new PageBlock("Plain words.", null, 0, null),
                        new PageBlock("A & B <3 > C\u00a0D &", null, 0, null), new PageBlock("caf\u00e9", null, 0, null))));
        assertEquals("<p>&amp;&amp;&nbsp;</p>", PlainParagraphs.render(List.of(new PageBlock("&&\u00a0", null, 0, null))));
        assertNull(PlainParagraphs.render(List.of(new PageBlock("fine", null, 0, null), new PageBlock("A & B\u0007", null, 0, null))),
                "an escape earlier in a block does not hide a character left to jsoup");
    }

    @Test
    void controlsSurrogatesAndNoncharactersAreLeftToJsoup() {
        for (String odd : List.of("a\u0000b", "a\u0007b", "a\u0085b", "a\ud800b", "a\udc00b", "\ufeffa", "a\ufffeb", "a\ufdd0b", "a\u007fb", "a\ud836\udc00b")) {
            assertNull(PlainParagraphs.render(List.of(new PageBlock(odd, null, 0, null))), odd);
        }
        assertNull(PlainParagraphs.render(List.of(new PageBlock("x", "<p>x</p>", 0, null))), "markup blocks are not plain");
        assertNull(PlainParagraphs.render(List.of(new PageBlock("x", null, 0, "ul"))), "list items are not plain");
        assertEquals("", PlainParagraphs.render(List.of()));
    }

    @Test
    void variedTextBodiesGiveTheSameContentWithAndWithoutTheShortcut() {
        Random random = new Random(20261128L);
        SubmissionChannel[] channels = SubmissionChannel.values();
        int shortcut = 0;
        for (int n = 0; n < 3000; n++) {
            String body = randomBody(random);
            SubmissionChannel channel = channels[n % channels.length];
            Submission s = submission(body, channel, BodyFormat.TEXT);
            ArticleContent expected = cleaner.cleanWithJsoupOnly(s);
            ArticleContent actual = cleaner.clean(s);
            assertEquals(expected, actual, () -> "body: " + escapeForMessage(body) + " channel " + channel);
            if (PlainParagraphs.renderable(body.replaceAll("\\s", ""))) {
                shortcut++;
            }
        }
        assertTrue(shortcut > 1500, "most generated bodies should take the shortcut, took it " + shortcut);
    }

    @Test
    void emptyAndBlankBodiesGiveTheSameContentWithAndWithoutTheShortcut() {
        for (String body : new String[] {"", " ", "\n\n\n", "\r\n \t\r\n", "\u00a0", "\u3000\u2028"}) {
            Submission s = submission(body, SubmissionChannel.API, BodyFormat.TEXT);
            assertEquals(cleaner.cleanWithJsoupOnly(s), cleaner.clean(s), escapeForMessage(body));
        }
    }

    @Test
    void htmlBodiesAreUnaffected() {
        Submission s = submission("<p>A &amp; B</p><ul><li>one</li></ul>Loose & text", SubmissionChannel.API, BodyFormat.HTML);
        ArticleContent c = cleaner.clean(s);
        assertEquals(cleaner.cleanWithJsoupOnly(s), c);
        assertEquals("<p>A &amp; B</p><ul><li>one</li></ul><p>Loose &amp; text</p>", c.getHtml());
    }

    private static void assertSameHtml(List<PageBlock> blocks) {
        String fast = PlainParagraphs.render(blocks);
        assertNotNull(fast);
        String jsoup = NewsPageCleaner.jsoupSanitizedHtml(blocks);
        if (!jsoup.equals(fast)) {
            // the batches are long: name the first difference rather than print both
            int i = 0;
            while (i < Math.min(jsoup.length(), fast.length()) && jsoup.charAt(i) == fast.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 20);
            assertEquals(jsoup.substring(from, Math.min(jsoup.length(), i + 40)), fast.substring(from, Math.min(fast.length(), i + 40)),
                    "first difference at " + i);
        }
    }

    private static final String[] PIECES = {
        "The", "court", "said", "\"guilty\"", "'not'", "Smith & Sons", "a<b", "b>c", "<p>", "</p>", "<script>x</script>",
        "&amp;", "&lt;", "&#39;", "&nbsp", "&copy;", "&", ";", "AT&T", "caf\u00e9", "\u4e2d\u6587", "\ud83d\ude00", "\u00a0",
        "\u2028", "\u3000", "\u200d", "\u2019s", "\u00bd", "\u05e9\u05dc\u05d5\u05dd", "--", "\u2014", "e\u0301", "$5.00", "50%",
        "\\", "`", "{}", "=", "\"&\"", "\ufffd", "\ud834\udd1e"
    };
    private static final String[] ODD = {"\u0000", "\u0007", "\u0085", "\ud800", "\udfff", "\ufeff", "\uffff", "\u007f", "\u000b", "\u000c", "\ud836\udc00"};
    private static final String[] GAPS = {" ", "  ", "\t", " \t ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n", "\n\t\n", "\n\n\n\n", " \n  \n ", "\u000c"};

    private static String randomBody(Random random) {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(4) == 0) {
            sb.append(GAPS[random.nextInt(GAPS.length)]);
        }
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 3000 : 80);
        boolean odd = random.nextInt(6) == 0;
        for (int i = 0; i < pieces; i++) {
            if (odd && random.nextInt(40) == 0) {
                sb.append(ODD[random.nextInt(ODD.length)]);
            }
            sb.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextInt(8) == 0) {
                sb.append(random.nextBoolean() ? "." : ",");
            }
            sb.append(random.nextInt(5) == 0 ? GAPS[random.nextInt(GAPS.length)] : " ");
        }
        if (random.nextInt(4) == 0) {
            sb.append(GAPS[random.nextInt(GAPS.length)]);
        }
        return sb.toString();
    }

    private static String escapeForMessage(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp > 0x7e ? String.format("\\u{%x}", cp) : Character.toString(cp)));
        return sb.toString();
    }
}
