package io.newsdesk.publish.site.syndication;

import io.newsdesk.publish.readmodel.ArticleView;
import io.newsdesk.publish.readmodel.TopicCodes;
import io.newsdesk.publish.html.Markup;
import io.newsdesk.publish.site.SiteLinks;
import io.newsdesk.publish.site.Timestamps;
import io.newsdesk.schemas.PublishedArticle;
import io.newsdesk.schemas.Subject;
import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom 1.0 (RFC 4287). Entry ids are the stable {@code urn:newsdesk:article:{id}}; {@code published}
 * is the first publication and {@code updated} the latest version, which is how Atom readers learn
 * that an entry they hold has changed.
 */
final class AtomFeed {
    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    static final String NS = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private AtomFeed() {
    }

    static String write(FeedChannel channel, SiteLinks links, String siteTitle) {
        StringWriter out = new StringWriter(16384);
        try {
            XMLStreamWriter x = XML.createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
            element(x, "id", channel.id());
            element(x, "title", channel.title());
            element(x, "subtitle", channel.description());
            element(x, "updated", Timestamps.iso(channel.updated()));
            link(x, "self", "application/atom+xml", links.absolute(channel.selfPath("atom.xml")));
            link(x, "alternate", "text/html", links.absolute(channel.homePath()));
            x.writeStartElement(NS, "author");
            element(x, "name", siteTitle);
            x.writeEndElement();
            element(x, "generator", "Newsdesk");
            for (PublishedArticle item : channel.items()) {
                ArticleView a = new ArticleView(item);
                x.writeStartElement(NS, "entry");
                element(x, "id", SiteLinks.itemId(a.articleId()));
                x.writeStartElement(NS, "title");
                x.writeAttribute("type", "text");
                x.writeCharacters(Markup.xmlSafe(a.headline()));
                x.writeEndElement();
                link(x, "alternate", "text/html", links.absolute(SiteLinks.article(a.slug())));
                element(x, "published", Timestamps.iso(a.firstPublishedAt()));
                element(x, "updated", Timestamps.iso(a.publishedAt()));
                if (a.byline().isPresent()) {
                    x.writeStartElement(NS, "author");
                    element(x, "name", FeedChannel.authorName(a.byline().get()));
                    x.writeEndElement();
                }
                for (Subject s : a.topics()) {
                    x.writeEmptyElement(NS, "category");
                    x.writeAttribute("term", TopicCodes.normalize(s.getCode()).orElse(Markup.xmlSafe(s.getCode())));
                    x.writeAttribute("scheme", "http://cv.iptc.org/newscodes/mediatopic/");
                    x.writeAttribute("label", Markup.xmlSafe(s.getLabel()));
                }
                String summary = FeedChannel.summaryText(a);
                if (!summary.isEmpty()) {
                    x.writeStartElement(NS, "summary");
                    x.writeAttribute("type", "text");
                    x.writeCharacters(Markup.xmlSafe(summary));
                    x.writeEndElement();
                }
                x.writeStartElement(NS, "content");
                x.writeAttribute("type", "html");
                x.writeCharacters(Markup.xmlSafe(FeedChannel.contentHtml(a)));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Atom feed " + channel.id(), e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(NS, name);
        x.writeCharacters(Markup.xmlSafe(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement(NS, "link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
