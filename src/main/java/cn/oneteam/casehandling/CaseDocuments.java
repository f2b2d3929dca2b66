package cn.oneteam.casehandling;

import java.util.List;
import java.util.Locale;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DecisionDocument;
import cn.oneteam.documents.DocumentPdf;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's 执法文书 rendered from what the case recorded: the decision in the name it was issued in, with its number,
 * the provisions of the catalogue version applied, the penalty as decided and the party's statement as answered.
 * Documents are written in Chinese whatever the reader's language.
 */
@Service
public class CaseDocuments {

	private final CaseFiles files;

	private final Catalog catalog;

	private final Organizations organizations;

	private final DocumentPdf pdf;

	private final MessageSource messages;

	CaseDocuments(CaseFiles files, Catalog catalog, Organizations organizations, DocumentPdf pdf,
			MessageSource messages) {
		this.files = files;
		this.catalog = catalog;
		this.organizations = organizations;
		this.pdf = pdf;
		this.messages = messages;
	}

	/** 行政处罚决定书 of a decided case in the caller's jurisdiction, as PDF. */
	@Transactional(readOnly = true)
	public byte[] decision(long caseId, ScopedPrincipal caller) {
		CaseFile c = files.find(caseId, caller.jurisdiction());
		if (c.decisionNumber == null || c.decidedOn == null || c.outcome != CaseOutcome.PENALTY) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.no-decision-document", List.of(), caseId);
		}
		MatterVersion version = catalog.require(c.matterCode).versions().stream()
			.filter(v -> v.version() == c.matterVersion)
			.findFirst()
			.orElseThrow();
		String body = organizations.find(new OrganizationId(c.nameOrgId)).orElseThrow().name();
		List<String> kinds = c.decidedKinds.stream()
			.filter(k -> k != PenaltyKind.FINE)
			.map(k -> messages.getMessage("penalty.kind." + k.name(), null, Locale.SIMPLIFIED_CHINESE))
			.toList();
		return pdf.decision(new DecisionDocument(body, c.decisionNumber, c.partyName, c.facts,
				version.violatedLaw() == null ? null : version.violatedLaw() + nullToEmpty(version.violatedArticle()),
				version.penaltyLaw() + version.penaltyArticle(), kinds, c.decidedFine, c.statementAdoption,
				c.decidedOn));
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
