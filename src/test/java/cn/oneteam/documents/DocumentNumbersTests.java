package cn.oneteam.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import cn.oneteam.IntegrationTest;
import cn.oneteam.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 文号 (docs/legal/records.md#document-numbers): per body, type and year from the body's template; under concurrent issuing never
 * skipped nor duplicated; a rolled-back document gives its number back; a voided number stays and is not reused.
 * The numbers are of the year 2031 so that no other test's decisions share the series.
 */
class DocumentNumbersTests extends IntegrationTest {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	Organizations organizations;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private long delingha() {
		return organizations.findByCode("632802-zhzf").orElseThrow().id().value();
	}

	private DocumentNumber issue(long body, LocalDate on) {
		return tx.execute(s -> numbers.issue(body, DocumentType.NO_PENALTY_DECISION, on, null, 0));
	}

	@Test
	void concurrentIssuingNeitherSkipsNorRepeats() throws Exception {
		long body = delingha();
		LocalDate day = LocalDate.of(2031, 3, 1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<DocumentNumber>> issued = IntStream.range(0, 200)
				.mapToObj(i -> pool.submit(() -> issue(body, day)))
				.toList();
			List<Integer> sequences = issued.stream().map(f -> {
				try {
					return f.get().sequence();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}).sorted().toList();
			assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
		assertThat(issue(body, day).text()).isEqualTo("德综执不罚决〔2031〕201号");
	}

	@Test
	void aRolledBackDocumentGivesItsNumberBackAndAVoidedOneStays() throws Exception {
		long body = organizations.findByCode("632801-zhzf").orElseThrow().id().value();
		LocalDate day = LocalDate.of(2031, 6, 1);
		int first = issue(body, day).sequence();
		tx.executeWithoutResult(s -> {
			numbers.issue(body, DocumentType.NO_PENALTY_DECISION, day, null, 0);
			s.setRollbackOnly();
		});
		DocumentNumber second = issue(body, day);
		assertThat(second.sequence()).isEqualTo(first + 1);
		mvc.perform(post("/api/v1/documents/numbers/" + second.id() + "/void").with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"打印错误\"}"))
			.andExpect(status().isConflict()); // not 德令哈's number
		mvc.perform(post("/api/v1/documents/numbers/" + second.id() + "/void").with(as("grm.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"打印错误\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true));
		assertThat(issue(body, day).sequence()).isEqualTo(first + 2);
	}

	@Test
	void aBodyWithoutCodesCannotNumberAndOnlyItsHeadSetsThem() throws Exception {
		long body = organizations.findByCode("6328-sfj").orElseThrow().id().value();
		assertThatThrownBy(() -> issue(body, LocalDate.of(2031, 1, 5))).isInstanceOf(DocumentViolation.class)
			.hasMessage("document.codes-missing");
		String codes = "{\"bodyCode\":\"德综执\"}";
		mvc.perform(put("/api/v1/documents/codes/" + delingha()).with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(codes)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/documents/codes/" + delingha()).with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"bodyCode\":\"德综执\",\"template\":\"{机关代字}{序号}\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("document.codes-invalid"));
		mvc.perform(put("/api/v1/documents/codes/" + body).with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(codes)).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/documents/codes/" + delingha()).with(as("dlh.head")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(codes))
			.andExpect(status().isOk()).andExpect(jsonPath("$.template").value(DocumentNumbers.DEFAULT_TEMPLATE));
	}
}
