package cn.oneteam.inspection.result;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.shared.ChinaTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一公开: the published results, for anyone without an account (docs/adr/0030-recording-and-publishing-inspections.md)
 * — departments, the subject's public name (a natural person's masked when recorded), the day inspected, the items
 * with their answers, the outcome in words and the day published; filtered by the day inspected and words, by page.
 */
@Service
public class PublicResults {

	static final int PAGE_SIZE = 20;

	private final ResultRepository repository;

	private final MessageSource messages;

	PublicResults(ResultRepository repository, MessageSource messages) {
		this.repository = repository;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public ResultViews.PublicPage page(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String q, int page,
			Locale locale) {
		int p = Math.max(0, page);
		ResultRepository.Filter filter = new ResultRepository.Filter(from, to,
				q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100)));
		List<ResultRepository.PublishedRow> rows = repository.published(filter, p * PAGE_SIZE, PAGE_SIZE);
		Map<Long, String> departments = repository.organizationNames(
				rows.stream().flatMap(r -> r.departmentIds().stream()).distinct().toList());
		Map<Long, List<Map.Entry<String, Verdict>>> items = repository.answeredItems(
				rows.stream().map(ResultRepository.PublishedRow::id).toList());
		List<ResultViews.Public> results = rows.stream()
			.map(r -> new ResultViews.Public(r.id(),
					r.departmentIds().stream().map(d -> departments.getOrDefault(d, "")).toList(), r.publicName(),
					r.inspectedOn(),
					items.getOrDefault(r.id(), List.of()).stream()
						.map(e -> new ResultViews.PublicItem(e.getKey(), e.getValue(),
								text("inspection.result.verdict." + e.getValue().name(), locale)))
						.toList(),
					r.outcome(), text("inspection.result.outcome." + r.outcome().name(), locale),
					ChinaTime.local(r.publishedAt()).toLocalDate()))
			.toList();
		return new ResultViews.PublicPage(p, PAGE_SIZE, repository.countPublished(filter), results);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
