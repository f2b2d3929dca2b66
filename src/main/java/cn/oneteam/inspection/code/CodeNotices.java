package cn.oneteam.inspection.code;

import cn.oneteam.inspection.draw.DrawEngine;
import cn.oneteam.inspection.visit.Visit;
import cn.oneteam.inspection.visit.Visits;
import cn.oneteam.platform.QrImage;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectParty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code as the inspectors carry it (docs/adr/0029-inspection-code-public-check-and-rating.md): the public address
 * of its check ({@code {base}/public/inspections/codes/{code}}), its QR, and the 检查通知 — for the staff who may see
 * the visit (docs/adr/0027-visits-and-codes.md), 404 for others.
 */
@Service
@EnableConfigurationProperties(CodeSettings.class)
public class CodeNotices {

	static final int QR_SIZE = 300;

	private final Visits visits;

	private final VisitFacts facts;

	private final CodeSettings settings;

	CodeNotices(Visits visits, VisitFacts facts, CodeSettings settings) {
		this.visits = visits;
		this.facts = facts;
		this.settings = settings;
	}

	/** The address of the code's public check: the configured base, else {@code requestBase}. */
	public String publicUrl(String code, String requestBase) {
		String base = settings.publicBaseUrl() == null || settings.publicBaseUrl().isBlank() ? requestBase
				: settings.publicBaseUrl().strip();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/public/inspections/codes/" + code;
	}

	/** The QR of the visit's public address, as PNG. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public byte[] qr(long visitId, ScopedPrincipal caller, String requestBase) {
		return QrImage.png(publicUrl(visits.visit(visitId, caller).code(), requestBase), QR_SIZE);
	}

	/** The 检查通知 of the visit. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('case:read')")
	public CodeViews.Notice notice(long visitId, ScopedPrincipal caller, String requestBase) {
		Visit visit = visits.visit(visitId, caller);
		SubjectParty subject = facts.subject(visit);
		return new CodeViews.Notice(visit.id(), visit.code(), publicUrl(visit.code(), requestBase), subject.name(),
				DrawEngine.shown(subject.code()), visit.kind(), visit.trigger(), visit.onSite(),
				facts.department(visit.leadDepartmentId()), facts.departments(visit), facts.inspectors(visit),
				facts.items(visit), visit.windowFrom(), visit.windowUntil(), visit.state());
	}
}
