package cn.oneteam.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.oneteam.disclosure.DecisionPublications.PublicDecision;
import cn.oneteam.documents.DocumentLayout;
import cn.oneteam.documents.DocumentPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The published decision as a PDF (docs/adr/0043-published-decisions.md): the masked public text only, laid out by the
 * one 执法文书 renderer with its Chinese font ({@link DocumentPdf}, docs/adr/0013-document-font.md) — the body, the
 * title, the decision number, the party as published, the matter, the facts, the penalty and the two days.
 */
@Component
class DecisionDocument {

	private final DocumentPdf pdf;

	private final MessageSource messages;

	DecisionDocument(DocumentPdf pdf, MessageSource messages) {
		this.pdf = pdf;
		this.messages = messages;
	}

	byte[] pdf(PublicDecision d) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("party", d.party());
		if (d.partyCode() != null) {
			values.put("code", d.partyCode());
		}
		if (d.partyAddress() != null) {
			values.put("address", d.partyAddress());
		}
		values.put("matter", d.matter());
		values.put("facts", d.facts());
		values.put("penalty", d.penalty());
		values.put("decidedOn", d.decidedOn().toString());
		values.put("publishedOn", d.publishedOn().toString());
		List<DocumentLayout.Block> blocks = new ArrayList<>();
		blocks.add(line(label("party") + "${party}", null));
		blocks.add(line(label("code") + "${code}", "code"));
		blocks.add(line(label("address") + "${address}", "address"));
		blocks.add(line(label("matter") + "${matter}", null));
		blocks.add(new DocumentLayout.Block("paragraph", label("facts") + "${facts}", null, null, null, null, null,
				null));
		blocks.add(line(label("penalty") + "${penalty}", null));
		blocks.add(line(label("decidedOn") + "${decidedOn}", null));
		blocks.add(line(label("publishedOn") + "${publishedOn}", null));
		blocks.add(new DocumentLayout.Block("paragraph", label("masked"), null, null, null, null, null, null));
		DocumentLayout layout = new DocumentLayout(label("title"), blocks);
		return pdf.render(layout, values, d.body(), d.number(), false);
	}

	private static DocumentLayout.Block line(String text, @org.jspecify.annotations.Nullable String when) {
		return new DocumentLayout.Block("line", text, null, null, null, null, when, null);
	}

	private String label(String key) {
		return messages.getMessage("disclosure.decisions.pdf." + key, null, Locale.SIMPLIFIED_CHINESE);
	}
}
