package cn.oneteam.demo;

import java.util.Optional;

import cn.oneteam.casehandling.PartyAccessCodes;
import cn.oneteam.identity.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A demo case whose party can look it up on the portal (docs/adr/0044-party-case-look-up.md): the 德令哈 case of
 * {@value #PARTY} (decided and served by {@link DemoProcedure}, its fine unpaid) gets the known access code
 * {@value #CODE}, as if its head had re-issued it, so that the README can name it; the log names the decision number
 * and the party's last six characters. Documents issued before carry the code they were issued with. Idempotent.
 */
@Component
@Profile("demo")
@Order(57)
class DemoMyCase implements DemoStep {

	static final String PARTY = "（演示）德令哈市某文化传播有限公司";

	static final String CODE = "CASE-2468";

	private static final Logger log = LoggerFactory.getLogger(DemoMyCase.class);

	private final JdbcClient jdbc;

	private final PartyAccessCodes codes;

	private final Accounts accounts;

	DemoMyCase(JdbcClient jdbc, PartyAccessCodes codes, Accounts accounts) {
		this.jdbc = jdbc;
		this.codes = codes;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<DemoCase> found = jdbc.sql("""
				select id, decision_number, party_code from penalty_case
				where party_name = ? and decision_number is not null order by id limit 1""")
			.param(PARTY)
			.query((rs, n) -> new DemoCase(rs.getLong("id"), rs.getString("decision_number"),
					rs.getString("party_code")))
			.optional();
		if (found.isEmpty() || found.get().partyCode() == null) {
			return;
		}
		DemoCase c = found.get();
		if (!codes.printed(c.id()).filter(CODE::equals).isPresent()) {
			codes.assignKnown(c.id(), CODE, accounts.idOf("dlh.head").orElseThrow());
		}
		String code = c.partyCode();
		log.info("Demo party look-up at /public/my-case: number {}, last digits {}, access code {}", c.decisionNumber(),
				code.substring(code.length() - 6), CODE);
	}

	private record DemoCase(long id, String decisionNumber, String partyCode) {
	}
}
