package io.newsdesk.enrich.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.schemas.BodyFormat;
import io.newsdesk.schemas.Submission;
import io.newsdesk.schemas.SubmissionChannel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text rendering shortcut gives exactly what the jsoup round trip gives, for any character it accepts. */
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
    void htmlBodiesKeepTheirStructure() {
        Submission s = submission("<p>A &amp; B</p><ul><li>one</li></ul>Loose & text", SubmissionChannel.API, BodyFormat.HTML);
        assertEquals("<p>A &amp; B</p><ul><li>one</li></ul><p>Loose &amp; text</p>", cleaner.clean(s).getHtml());
    }

    private static void assertSameHtml(List<PageBlock> blocks) {
        String fast = PlainParagraphs.render(blocks);
        assertNotNull(fast);
        String jsoup = PublishingHtml.throughJsoup(blocks);
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
}
