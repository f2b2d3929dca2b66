package cn.oneteam.documents;

import cn.oneteam.PdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The decision as PDF: the Chinese strings, number, date and amounts are in its text; the CJK font is embedded (a
 * subset) so every glyph prints anywhere; a character the font lacks prints as 〓, never as a missing-glyph box.
 */
class DocumentPdfTests {

	private final DocumentPdf pdf = new DocumentPdf();

	static final DecisionDocument DECISION = new DecisionDocument("德令哈市综合行政执法局", "德综执罚决〔2026〕12号",
			"德令哈市某烧烤店", "你单位于2026年5月30日在禁止时段露天烧烤食品", "《中华人民共和国大气污染防治法》第八十一条第二款",
			"《中华人民共和国大气污染防治法》第一百一十八条第三款", List.of("警告"), new BigDecimal("1409.50"),
			"当事人所述已改正属实，予以采纳", LocalDate.of(2026, 7, 1),
			new DecisionDocument.Payment(15, new BigDecimal("0.03")));


	/** The decision in the national default wording. */
	static byte[] render(DocumentPdf pdf, DecisionDocument d) {
		return pdf.render(DefaultTemplates.layout(DocumentType.PENALTY_DECISION), d.values(), d.bodyName(), d.number(),
				false);
	}

	@Test
	void theDecisionSaysWhatTheLawRequires() throws Exception {
		String text = PdfText.of(render(pdf, DECISION));
		assertThat(text).contains("行政处罚决定书", "德综执罚决〔2026〕12号", "当事人：德令哈市某烧烤店", "警告",
				"罚款人民币壹仟肆佰零玖元伍角（¥1,409.50）", "第一百一十八条第三款", "予以采纳", "15日内", "百分之3",
				"60日内依法申请行政复议", "6个月内依法向人民法院提起行政诉讼", "德令哈市综合行政执法局（印章）", "2026年7月1日");
		assertThat(text).doesNotContain("〓");
	}

	@Test
	void theCjkFontIsEmbeddedAndEveryGlyphDrawn() throws Exception {
		byte[] bytes = render(pdf, DECISION);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).matches("[A-Z]{6}\\+" + DocumentPdf.FACE); // a subset (tag+name)
				}
			}
		}
		assertThat(bytes.length).isLessThan(200_000); // a subset, not the 21 MB font collection
	}

	@Test
	void aCharacterTheFontLacksPrintsAsAGetaMark() throws Exception {
		DecisionDocument odd = new DecisionDocument(DECISION.bodyName(), DECISION.number(), "某店🍢", DECISION.facts(),
				null, DECISION.penaltyProvision(), List.of(), new BigDecimal("200"), null, DECISION.decidedOn(),
				DECISION.payment());
		String text = PdfText.of(render(pdf, odd));
		assertThat(text).contains("当事人：某店〓", "你（单位）的上述行为违法", "罚款人民币贰佰元整（¥200.00）");
	}

	/** A long seizure decision: 120 items on several pages, with the inventory, the seal and page numbers. */
	static byte[] longSeizure(DocumentPdf pdf) {
		Map<String, Object> values = new HashMap<>();
		values.put("party.name", "德令哈市某烧烤店");
		values.put("case.facts", "你单位于2026年5月30日在禁止时段露天烧烤食品");
		values.put("action.reason", "涉案工具需固定证据");
		values.put("action.on", "2026-07-01");
		values.put("action.termEnds", "2026-07-31");
		values.put("action.items", IntStream.rangeClosed(1, 120).mapToObj(i -> "烧烤炉（编号" + i + "）1台").toList());
		values.put("officers.text", "林志强（执法证号：QH6328020001）、罗志强（执法证号：QH6328020002）");
		values.put("remedy.reconsiderationDays", "60");
		values.put("remedy.litigationMonths", "6");
		return pdf.render(DefaultTemplates.layout(DocumentType.SEIZURE_DECISION), values, "德令哈市综合行政执法局",
				"德综执查扣〔2026〕7号", false);
	}

	@Test
	void aLongDocumentRunsOverPagesWithItsInventoryNumbered() throws Exception {
		byte[] bytes = longSeizure(pdf);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(2);
			String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u3000]+", "");
			assertThat(text).contains("查封（扣押）决定书", "德综执查扣〔2026〕7号", "烧烤炉（编号1）1台", "烧烤炉（编号120）1台",
					"2026年7月31日", "德令哈市综合行政执法局（印章）", "第1页共" + pages + "页", "第" + pages + "页共" + pages + "页")
				.doesNotContain("〓", "样稿", "${");
		}
	}

	@Test
	void fieldsAreFormattedAsTheStandardsSay() {
		Map<String, Object> values = Map.of("action.amountDue", "1409.5", "action.on", "2026-07-01", "action.items",
				List.of("甲", "乙"));
		assertThat(DocumentFields.fill("${action.amountDue|amount}；${action.amountDue|upper}；${action.amountDue|figures}",
				values)).isEqualTo("人民币壹仟肆佰零玖元伍角（¥1,409.50）；壹仟肆佰零玖元伍角；¥1,409.50");
		assertThat(DocumentFields.fill("${action.on}，${action.items}，${action.deadline}", values))
			.isEqualTo("2026年7月1日，甲、乙，／");
	}

	@Test
	void everyTypeHasADefaultTemplateNamingOnlyItsFields() {
		for (DocumentType type : DocumentType.values()) {
			// its action's facts are the case module's: casehandling's DocumentActionsTests checks those names
			List<String> actionFacts = java.util.regex.Pattern.compile("action\\.([A-Za-z]+)")
				.matcher(DefaultTemplates.layout(type).json()).results().map(m -> m.group(1)).toList();
			assertThat(DefaultTemplates.layout(type).validFor(type, DocumentFields.offeredBy(type, actionFacts)).title())
				.isNotBlank();
		}
		DocumentLayout unknown = DocumentLayout.parse("{\"title\":\"x\",\"blocks\":[{\"kind\":\"line\",\"text\":\"${party.salary}\"}]}");
		assertThatThrownBy(() -> unknown.validFor(DocumentType.DEMAND,
				DocumentFields.offeredBy(DocumentType.DEMAND, List.of("on", "deadline", "amountDue")))).isInstanceOf(DocumentViolation.class)
			.hasFieldOrPropertyWithValue("code", "document.template-unknown-placeholder");
		assertThatThrownBy(() -> DocumentLayout.parse("{\"title\":\"x\",\"blocks\":[{\"kind\":\"line\",\"colour\":1}]}"))
			.isInstanceOf(DocumentViolation.class).hasFieldOrPropertyWithValue("code", "document.template-invalid");
	}

	@Test
	void aPreviewIsMarkedOnEveryPageAndCarriesNoNumber() throws Exception {
		Map<String, Object> values = new HashMap<>(DECISION.values());
		byte[] bytes = pdf.render(DefaultTemplates.layout(DocumentType.PENALTY_DECISION), values, DECISION.bodyName(),
				null, true);
		String text = PdfText.of(bytes);
		assertThat(text).contains("样稿（预览）：未编号、未签发", "文号在签发时编定").doesNotContain("德综执罚决");
	}
}
