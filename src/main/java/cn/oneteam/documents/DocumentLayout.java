package cn.oneteam.documents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.shared.RuleViolation;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A document's layout and wording as data (市监 §86: provinces adapt the national formats): the title and the blocks in
 * order — {@code paragraph} (indented) and {@code line} text, {@code fields} (a two-column table of labels and values),
 * {@code list} (an inventory: a table over a list, one row an item), {@code signatures}, {@code seal} (the body's name
 * with the seal placeholder), {@code date} and {@code gap}. Text names the document's fields as {@code ${party.name}},
 * optionally formatted: {@code ${action.amountDue|amount}} (人民币…元整（¥…）), {@code |upper}, {@code |figures},
 * {@code |date}. A block with {@code when} prints only where that field has a value, with {@code unless} only where it
 * has none.
 */
public record DocumentLayout(String title, List<Block> blocks) {

	static final Set<String> KINDS = Set.of("paragraph", "line", "fields", "list", "signatures", "seal", "date", "gap");

	static final Set<String> FORMATS = Set.of("date", "amount", "upper", "figures");

	/** {@code ${name}} or {@code ${name|format}}. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_.]*)(?:\\|([a-z]+))?}");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	/** One block of the layout; which properties it uses depends on its kind. */
	public record Block(String kind, @Nullable String text, @Nullable List<List<String>> rows, @Nullable String source,
			@Nullable List<Column> columns, @Nullable List<String> lines, @Nullable String when,
			@Nullable String unless) {
	}

	/** A column of a list: its heading, the item's field ({@code #} the row number, {@code .} the item itself), width. */
	public record Column(String label, String field, @Nullable Float width) {
	}

	/** The layout in the JSON an administrator edits; 422 with the reason where it does not parse or names no block. */
	public static DocumentLayout parse(String json) {
		DocumentLayout layout;
		try {
			layout = JSON.readValue(json, DocumentLayout.class);
		}
		catch (JacksonException e) {
			throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-invalid",
					e.getOriginalMessage());
		}
		if (layout == null || layout.title() == null || layout.title().isBlank() || layout.blocks() == null
				|| layout.blocks().isEmpty()) {
			throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-invalid", "title, blocks");
		}
		for (Block block : layout.blocks()) {
			if (block == null || !KINDS.contains(block.kind())) {
				throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-invalid",
						"kind " + (block == null ? null : block.kind()));
			}
			if (block.kind().equals("list") && (block.source() == null || block.columns() == null
					|| block.columns().isEmpty())) {
				throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-invalid", "list: source, columns");
			}
		}
		return layout;
	}

	public String json() {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
	}

	/**
	 * Checks that every field the layout names is one the document type offers ({@code offered}), and every format known: 422 naming
	 * the first that is not.
	 */
	public DocumentLayout validFor(DocumentType type, Set<String> offered) {
		for (String text : texts()) {
			Matcher m = PLACEHOLDER.matcher(text);
			while (m.find()) {
				if (!offered.contains(m.group(1))) {
					throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-unknown-placeholder",
							m.group(1), type.title());
				}
				if (m.group(2) != null && !FORMATS.contains(m.group(2))) {
					throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-unknown-format",
							m.group(2), m.group(1));
				}
			}
			String rest = PLACEHOLDER.matcher(text).replaceAll("");
			if (rest.contains("${")) {
				throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-invalid",
						rest.substring(rest.indexOf("${")));
			}
		}
		for (Block block : blocks) {
			for (String name : new String[] { block.source(), block.when(), block.unless() }) {
				if (name != null && !offered.contains(name)) {
					throw new DocumentViolation(RuleViolation.UNPROCESSABLE, "document.template-unknown-placeholder",
							name, type.title());
				}
			}
		}
		return this;
	}

	/** Every text of the layout that may hold placeholders. */
	private Set<String> texts() {
		Set<String> texts = new LinkedHashSet<>();
		texts.add(title);
		for (Block block : blocks) {
			List<String> of = new ArrayList<>();
			of.add(block.text());
			if (block.rows() != null) {
				block.rows().forEach(of::addAll);
			}
			if (block.lines() != null) {
				of.addAll(block.lines());
			}
			if (block.columns() != null) {
				block.columns().forEach(c -> of.add(c.label()));
			}
			of.stream().filter(t -> t != null).forEach(texts::add);
		}
		return texts;
	}
}
