package cn.oneteam.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 执法证 by number, with their validity and history: what a review of a case file checks the certificates shown at
 * each step against (docs/adr/0034-scoring-standards-and-self-review.md). Certificates are public (处罚法 §55).
 */
@Service
public class CertificatesByNumber {

	private final JdbcClient jdbc;

	private final PeopleRepository people;

	CertificatesByNumber(JdbcClient jdbc, PeopleRepository people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** Each of these numbers that exists, with its certificates (a renewal may keep the number), oldest first. */
	@Transactional(readOnly = true)
	public Map<String, List<Certificate>> of(Collection<String> numbers) {
		Map<String, List<Certificate>> found = new LinkedHashMap<>();
		if (numbers.isEmpty()) {
			return found;
		}
		jdbc.sql("select id from certificate where number = any(?) order by id")
			.param(numbers.stream().distinct().toArray(String[]::new))
			.query(Long.class)
			.list()
			.forEach(id -> people.findCertificate(id)
				.ifPresent(c -> found.computeIfAbsent(c.number(), n -> new ArrayList<>()).add(c)));
		return found;
	}
}
