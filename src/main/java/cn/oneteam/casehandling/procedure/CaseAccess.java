package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseViolation;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * 阅卷权限 (docs/adr/0009-who-may-do-what.md): who reads which case, on top of the jurisdiction. {@code case:read}
 * reads every case in the caller's jurisdiction (case handlers, heads, reviewers, dispatchers, supervisors, leaders);
 * {@code case:read-transferred} only the cases transferred to the caller's own body and sent to it (industry
 * department staff); anyone else — a system account, the administrator — reads none. Every read of a case passes
 * here: its file, record, documents, evidence, measures and payment view.
 */
@Component
public class CaseAccess {

	static final String READ = "case:read";

	static final String READ_TRANSFERRED = "case:read-transferred";

	/** A bank or payment platform asking what is owed under a payment reference (罚缴分离, 处罚法 §67). */
	static final String PAYMENT_LOOKUP = "payment:lookup";

	private final JdbcClient jdbc;

	CaseAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Which cases the caller reads: all in the jurisdiction (none), or only those transferred to this body; 403 when
	 * the caller holds neither permission.
	 */
	public @Nullable Long transferredToOnly() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (holds(auth, READ)) {
			return null;
		}
		if (holds(auth, READ_TRANSFERRED) && auth.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.organizationId();
		}
		throw new CaseViolation(CaseViolation.FORBIDDEN, "case.read-not-permitted", List.of());
	}

	/**
	 * Whether the caller asks under a payment reference as a bank or payment platform ({@code payment:lookup}): the
	 * jurisdiction applies, reading the case does not. A case reader asks as a reader (false); anyone else is refused
	 * (403), the hotline's system account and the administrator included.
	 */
	public boolean looksUpPayments() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (holds(auth, PAYMENT_LOOKUP)) {
			return true;
		}
		if (holds(auth, READ) || holds(auth, READ_TRANSFERRED)) {
			return false;
		}
		throw new CaseViolation(CaseViolation.FORBIDDEN, "case.payment-lookup-not-permitted", List.of());
	}

	/** Refuses (403) unless the caller may read this case, which lies in the caller's jurisdiction. */
	public void requireReadable(long caseId) {
		Long body = transferredToOnly();
		if (body != null && !transferredTo(caseId, body)) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.not-transferred-to-you", List.of(), caseId);
		}
	}

	/** Whether the case was transferred and sent to the body (国务院令第310号 §5; 市监 §17). */
	boolean transferredTo(long caseId, long body) {
		return jdbc.sql("""
				select count(*) from case_transfer where case_id = ? and receiver_org_id = ? and sent_at is not null""")
			.params(caseId, body)
			.query(Long.class)
			.single() > 0;
	}

	/** The SQL condition on a case row {@code alias} for lists, bound to {@code :transferredTo} (null: every case). */
	public static String condition(String alias) {
		return "(cast(:transferredTo as bigint) is null or exists (select 1 from case_transfer t where t.case_id = "
				+ alias + ".id and t.receiver_org_id = :transferredTo and t.sent_at is not null))";
	}

	private static boolean holds(@Nullable Authentication auth, String authority) {
		return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}
}
