package cn.oneteam.inspection.draw;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Declared conflicts officer ↔ subject (V0091): declared, listed, never deleted. */
@Repository
class DrawConflictRepository {

	private final JdbcClient jdbc;

	DrawConflictRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long declare(String certificateNumber, String subjectCode, String reason, long accountId, OffsetDateTime at) {
		return jdbc.sql("""
				insert into inspection_draw_conflict (certificate_number, subject_code, reason, declared_by_account_id,
				  declared_at) values (?, ?, ?, ?, ?) returning id""")
			.params(certificateNumber, subjectCode, reason, accountId, at)
			.query(Long.class)
			.single();
	}

	List<DrawRequest.Recusal> open() {
		return jdbc.sql("""
				select certificate_number, subject_code from inspection_draw_conflict where ended_at is null
				order by id""")
			.query((rs, i) -> new DrawRequest.Recusal(rs.getString("certificate_number"), rs.getString("subject_code")))
			.list();
	}
}
