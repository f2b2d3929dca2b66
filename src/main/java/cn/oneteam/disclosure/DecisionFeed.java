package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.oneteam.disclosure.DecisionPublications.FeedEntry;
import cn.oneteam.shared.ChinaTime;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Atom 1.0 feed (RFC 4287) of publications and withdrawals (docs/adr/0043-published-decisions.md): the feed's id,
 * title, updated, author and self link; per entry a stable tag id (a withdrawal is an entry of its own), title,
 * updated (the day published or withdrawn, midnight China time), the page's link and a summary — public, masked text
 * only. Links are absolute: {@code oneteam.disclosure.public-base-url} when set, else the request's address.
 */
@Component
class DecisionFeed {

	static final int ENTRIES = 50;

	private final DecisionPublications publications;

	private final DisclosureSettings settings;

	private final MessageSource messages;

	DecisionFeed(DecisionPublications publications, DisclosureSettings settings, MessageSource messages) {
		this.publications = publications;
		this.settings = settings;
		this.messages = messages;
	}

	String atom(HttpServletRequest request) {
		String base = settings.publicBaseUrl() != null && !settings.publicBaseUrl().isBlank()
				? settings.publicBaseUrl().replaceAll("/+$", "")
				: ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		List<FeedEntry> entries = publications.feed(ENTRIES);
		String updated = entries.isEmpty() ? stamp(LocalDate.of(2026, 1, 1)) : stamp(entries.get(0).day());
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
			.append("  <id>").append(esc(base + "/api/v1/public/decisions.atom")).append("</id>\n")
			.append("  <title>").append(esc(messages.getMessage("disclosure.decisions.feed.title", null, zh)))
			.append("</title>\n")
			.append("  <updated>").append(updated).append("</updated>\n")
			.append("  <author><name>").append(esc(messages.getMessage("disclosure.decisions.feed.author", null, zh)))
			.append("</name></author>\n")
			.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
			.append(esc(base + "/api/v1/public/decisions.atom")).append("\"/>\n")
			.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(base + "/public/decisions"))
			.append("\"/>\n");
		for (FeedEntry e : entries) {
			String number = e.number() == null ? "" : e.number();
			String title = e.withdrawn()
					? messages.getMessage("disclosure.decisions.feed.withdrawn", new Object[] { number, e.body() }, zh)
					: messages.getMessage("disclosure.decisions.feed.published", new Object[] { number, e.body() }, zh);
			String summary = e.withdrawn()
					? messages.getMessage("disclosure.decisions.feed.withdrawnSummary",
							new Object[] { e.matter(), e.reason() == null ? "" : e.reason() }, zh)
					: messages.getMessage("disclosure.decisions.feed.publishedSummary",
							new Object[] { e.party(), e.matter(), e.penalty() }, zh);
			String link = e.withdrawn() ? base + "/public/decisions/withdrawn" : base + "/public/decisions/" + e.id();
			xml.append("  <entry>\n")
				.append("    <id>").append(esc(base + "/public/decisions/" + e.id() + (e.withdrawn() ? "#withdrawn" : "")))
				.append("</id>\n")
				.append("    <title>").append(esc(title)).append("</title>\n")
				.append("    <updated>").append(stamp(e.day())).append("</updated>\n")
				.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(esc(link)).append("\"/>\n")
				.append("    <summary>").append(esc(summary)).append("</summary>\n")
				.append("  </entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	private static String stamp(LocalDate day) {
		return OffsetDateTime.of(day, LocalTime.MIDNIGHT, ChinaTime.ZONE.getRules().getOffset(day.atStartOfDay()))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	static String esc(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
