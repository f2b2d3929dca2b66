package cn.oneteam.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers of bodies and their training hours, for assessments (docs/adr/0039-assessments.md), each by one
 * set-based query. An officer of a body is a person of it holding a certificate (执法证) valid during part of the period
 * who was on its staff during part of it.
 */
@Service
public class OfficerTrainingFigures {

	/** An officer: the person, his body and the numbers of his certificates. */
	public record Officer(long personId, String name, long bodyId, List<String> certificates) {
	}

	private final JdbcClient jdbc;

	OfficerTrainingFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The officers of the bodies during the period, by body then name. */
	@Transactional(readOnly = true)
	public List<Officer> officers(Collection<Long> bodyIds, LocalDate from, LocalDate to) {
		if (bodyIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.id, p.name, p.organization_id, array_agg(c.number order by c.number) as numbers
				from person p join certificate c on c.person_id = p.id and c.valid_from <= :to and c.valid_to >= :from
				where p.organization_id = any(:bodies) and p.joined_on <= :to and (p.left_on is null or p.left_on >= :from)
				group by p.id, p.name, p.organization_id order by p.organization_id, p.name, p.id""")
			.param("bodies", bodyIds.toArray(Long[]::new)).param("from", from).param("to", to)
			.query((rs, n) -> new Officer(rs.getLong(1), rs.getString(2), rs.getLong(3),
					Arrays.asList((String[]) rs.getArray(4).getArray())))
			.list();
	}

	/** The training hours each of the people took in the period (both days inclusive); none for those without. */
	@Transactional(readOnly = true)
	public Map<Long, BigDecimal> hours(Collection<Long> personIds, LocalDate from, LocalDate to) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select person_id, sum(hours) from training_record
				where person_id = any(:people) and taken_on between :from and :to group by person_id""")
			.param("people", personIds.toArray(Long[]::new)).param("from", from).param("to", to)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
