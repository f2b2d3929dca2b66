package cn.oneteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo has licences: a few hundred from 德令哈's market supervision and ecology departments, all held by demo
 * subjects on 德令哈's townships, numbers in their kind's form, some expired and a few revoked, each in its subject's
 * full-process record.
 */
class DemoLicenceTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoSubjectsOfDelinghaHoldLicencesFromBothDepartments() {
		List<Map<String, Object>> rows = jdbc.sql("""
				select l.*, s.code as holder, s.division_code, s.name from subject_licence l
				join market_subject s on s.id = l.subject_id
				where l.issuer_code in (?, ?) and s.name like '（演示）%' and l.source = 'IMPORT'""")
			.params(DemoLicences.MARKET_CODE, DemoLicences.ECOLOGY_CODE)
			.query()
			.listOfRows();
		assertThat(rows).hasSizeBetween(300, 1200);
		LocalDate today = LocalDate.now(ChinaTime.ZONE);
		for (Map<String, Object> row : rows) {
			assertThat((String) row.get("division_code")).startsWith("632802");
			String number = (String) row.get("number");
			switch ((String) row.get("kind")) {
				case "食品经营许可证" -> {
					assertThat(number).matches("JY[12]632802[0-9]{7}");
					int sum = 0;
					for (int i = 2; i < 15; i++) {
						sum += (number.charAt(i) - '0') * ((i - 2) % 2 == 0 ? 3 : 1);
					}
					assertThat(number.charAt(15) - '0').isEqualTo((10 - sum % 10) % 10);
					assertThat(row.get("issuer_code")).isEqualTo(DemoLicences.MARKET_CODE);
				}
				case "药品经营许可证" -> assertThat(number).matches("青DB6328[0-9]{3}");
				case "排污许可证" -> {
					assertThat(number).isEqualTo(row.get("holder") + "001" + number.charAt(21));
					assertThat(row.get("issuer_code")).isEqualTo(DemoLicences.ECOLOGY_CODE);
				}
				default -> throw new AssertionError("unexpected kind " + row.get("kind"));
			}
		}
		assertThat(rows).extracting(r -> r.get("kind")).contains("食品经营许可证", "药品经营许可证", "排污许可证");
		assertThat(rows).filteredOn(r -> ((java.sql.Date) r.get("valid_until")).toLocalDate().isBefore(today))
			.hasSizeGreaterThan(20);
		assertThat(rows).filteredOn(r -> r.get("revoked_on") != null).hasSizeBetween(1, DemoLicences.REVOKED);
		assertThat(rows).extracting(r -> r.get("number")).doesNotHaveDuplicates();

		long recorded = jdbc.sql("""
				select count(*) from execution_record r join subject_licence l on l.subject_id = r.subject_id
				where r.subject_type = 'market_subject' and r.action = 'licence-recorded'
				  and r.payload like '%"licence":' || l.id || ',%' and l.issuer_code in (?, ?)""")
			.params(DemoLicences.MARKET_CODE, DemoLicences.ECOLOGY_CODE)
			.query(Long.class)
			.single();
		assertThat(recorded).isEqualTo(jdbc.sql("select count(*) from subject_licence where issuer_code in (?, ?)")
			.params(DemoLicences.MARKET_CODE, DemoLicences.ECOLOGY_CODE)
			.query(Long.class)
			.single());
	}
}
