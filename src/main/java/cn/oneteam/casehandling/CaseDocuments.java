package cn.oneteam.casehandling;

import java.util.List;
import java.util.Locale;

import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DecisionDocument;
import cn.oneteam.documents.DocumentPdf;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's 执法文书, rendered from what the case recorded when it is issued and kept as issued: the decision in the
 * name it was issued in, with its number, the provisions of the catalogue version applied, the penalty as decided and
 * the party's statement as answered. Documents are written in Chinese whatever the reader's language.
 */
@Service
public class CaseDocuments {

	private final CaseFiles files;

	private final Catalog catalog;

	private final Organizations organizations;

	private final DocumentPdf pdf;

	private final MessageSource messages;

	private final IssuedDocuments issued;

	private final Clocks clocks;

	CaseDocuments(CaseFiles files, Catalog catalog, Organizations organizations, DocumentPdf pdf,
			MessageSource messages, IssuedDocuments issued, Clocks clocks) {
		this.files = files;
		this.catalog = catalog;
		this.organizations = organizations;
		this.pdf = pdf;
		this.messages = messages;
		this.issued = issued;
		this.clocks = clocks;
	}

	/** 行政处罚决定书 of a decided case in the caller's jurisdiction, as issued, its digest checked. */
	@Transactional(readOnly = true)
	public IssuedDocuments.Issued decision(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return issued.latest(caseId, DocumentType.PENALTY_DECISION)
			.orElseThrow(() -> new CaseViolation(CaseViolation.CONFLICT, "case.no-decision-document", List.of(), caseId));
	}

	/** Renders the decision of the case as it stands and keeps it as issued, in the deciding transaction. */
	IssuedDocuments.Issued issueDecision(CaseFile c, long issuedBy) {
		MatterVersion version = catalog.require(c.matterCode).versions().stream()
			.filter(v -> v.version() == c.matterVersion)
			.findFirst()
			.orElseThrow();
		String body = organizations.find(new OrganizationId(c.nameOrgId)).orElseThrow().name();
		List<String> kinds = c.decidedKinds.stream()
			.filter(k -> k != PenaltyKind.FINE)
			.map(k -> messages.getMessage("penalty.kind." + k.name(), null, Locale.SIMPLIFIED_CHINESE))
			.toList();
		byte[] pdf = this.pdf.decision(new DecisionDocument(body, c.decisionNumber, c.partyName, c.facts,
				version.violatedLaw() == null ? null : version.violatedLaw() + nullToEmpty(version.violatedArticle()),
				version.penaltyLaw() + version.penaltyArticle(), kinds, c.decidedFine, c.statementAdoption,
				c.decidedOn, new DecisionDocument.Payment(clocks.length(ClockKind.PAYMENT), Surcharge.SURCHARGE_RATE)));
		return issued.issue(c.nameOrgId, c.id, DocumentType.PENALTY_DECISION, c.decisionNumber, pdf, issuedBy);
	}

	private static String nullToEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}
}
