package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.file.CaseEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.casehandling.general.DecisionEvent.Decided;
import cn.oneteam.casehandling.general.ReviewEvent.ProposalApproved;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DocumentType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents refer to the events of their actions (docs/adr/0016-case-aggregate.md): every {@code ${action.x}} a
 * release template names is a component of its type's event, and an event's facts are written in the one way the
 * record has always kept them.
 */
class DocumentActionsTests {

	private static final Pattern ACTION_FIELD = Pattern.compile("action\\.([A-Za-z0-9_]+)");

	@Test
	void everyActionFieldOfEveryDefaultTemplateNamesAFactOfItsTypesEvent() throws Exception {
		JsonNode all;
		try (InputStream in = getClass().getResourceAsStream("/documents/default-templates.json")) {
			all = JsonMapper.shared().readTree(in);
		}
		int typed = 0;
		for (DocumentType type : DocumentType.values()) {
			Set<String> named = new LinkedHashSet<>();
			Matcher m = ACTION_FIELD.matcher(all.get(type.name()).toString());
			while (m.find()) {
				named.add(m.group(1));
			}
			DocumentActions.Statement statement = DocumentActions.statement(type).orElse(null);
			if (statement == null) {
				assertThat(named).as(type + " states no action").isEmpty();
				continue;
			}
			typed++;
			assertThat(CaseEvent.factNames(statement.event())).as(type + " → " + statement.event().getSimpleName())
				.containsAll(named);
		}
		assertThat(typed).isGreaterThanOrEqualTo(24); // every type that states an action, the measures' and execution's too
	}

	@Test
	void aDocumentIssuedByAnActionIsIssuedOnlyByThatAction() {
		assertThat(DocumentActions.issuedBy(CaseAction.FILE)).containsExactly(DocumentType.FILING_APPROVAL);
		assertThat(DocumentActions.issuedBy(CaseAction.SERVE_NOTICE)).containsExactly(DocumentType.PENALTY_NOTICE);
		assertThat(DocumentActions.issuedBy(CaseAction.DECIDE)).isEmpty(); // the decision issues its own, numbered
		assertThat(new DocumentActions().of(DocumentType.HEARING_NOTICE))
			.containsExactly("notifiedOn", "hearingOn", "presidingOfficer");
		assertThat(new DocumentActions().of(DocumentType.SERVICE_RECEIPT)).isEmpty();
	}

	@Test
	void anEventsFactsAreWrittenAsTheRecordKeepsThem() {
		Decided decided = new Decided(LocalDate.of(2026, 6, 24), CaseOutcome.PENALTY,
				EnumSet.of(PenaltyKind.WARNING, PenaltyKind.FINE), new BigDecimal("2000"), "德令哈市综合行政执法局", null,
				"1.勘验笔录、现场笔录：现场检查笔录", "德令哈市人民政府", "德令哈市人民法院");
		assertThat(CaseEvent.factsOf(decided)).containsExactly(
				java.util.Map.entry("decidedOn", "2026-06-24"), java.util.Map.entry("outcome", "PENALTY"),
				java.util.Map.entry("kinds", List.of("FINE", "WARNING")), java.util.Map.entry("fine", "2000"),
				java.util.Map.entry("nameOnDocuments", "德令哈市综合行政执法局"),
				java.util.Map.entry("statementAdoption", ""),
				java.util.Map.entry("evidenceRelied", "1.勘验笔录、现场笔录：现场检查笔录"),
				java.util.Map.entry("reconsiderationBody", "德令哈市人民政府"), java.util.Map.entry("court", "德令哈市人民法院"));
		assertThat(CaseEvent.factsOf(new ProposalApproved(LocalDate.of(2026, 6, 12), null)))
			.containsEntry("note", "").containsEntry("on", "2026-06-12");
	}
}
