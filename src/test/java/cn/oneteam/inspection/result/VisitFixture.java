package cn.oneteam.inspection.result;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.oneteam.IntegrationTest;
import cn.oneteam.inspection.draw.JurisdictionDraws;
import cn.oneteam.inspection.visit.VisitCodes;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.LicenceInputs;
import cn.oneteam.subject.LicenceSource;
import cn.oneteam.subject.Licences;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.Subjects;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A planned visit made the way users make one (docs/adr/0027-visits-and-codes.md): a subject licensed by a new issuer,
 * a published item of 德令哈's enforcement bureau, a plan and task of the given year approved by its head, and the
 * task drawn by dlh.officer1 — every certified officer of the bureau but dlh.officer1 and dlh.officer2 recused for the
 * subject by a declared conflict, so those two are the visit's inspectors.
 */
public class VisitFixture {

	public static final String INSPECTOR = "dlh.officer1";

	public static final String SUBJECT_DIVISION = "632802003";

	/** What a fixture made: the visit, its subject, its item and the subject's name. */
	public record Made(long visitId, long subjectId, long itemId, String itemName, String subjectName, String code) {
	}

	private final MockMvc mvc;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	private final Subjects subjects;

	private final Licences licences;

	private final Organizations organizations;

	private final JurisdictionDraws draws;

	private final VisitCodes codes;

	private final UserDetailsService users;

	public VisitFixture(ApplicationContext context) {
		this.mvc = context.getBean(MockMvc.class);
		this.json = context.getBean(JsonMapper.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.subjects = context.getBean(Subjects.class);
		this.licences = context.getBean(Licences.class);
		this.organizations = context.getBean(Organizations.class);
		this.draws = context.getBean(JurisdictionDraws.class);
		this.codes = context.getBean(VisitCodes.class);
		this.users = context.getBean(UserDetailsService.class);
	}

	/** A planned visit of a subject of the kind (a company or a natural person), its task's window the whole year. */
	public Made visit(int year, SubjectKind kind) throws Exception {
		String issuer = randomCode("11632802");
		String itemName = "食品经营现场检查" + ThreadLocalRandom.current().nextInt(1_000_000);
		ScopedPrincipal officer = principal(INSPECTOR);
		boolean person = kind == SubjectKind.NATURAL_PERSON;
		String code = person ? IdNumber.complete("6328021986" + String.format("%02d",
				1 + ThreadLocalRandom.current().nextInt(12)) + "1" + ThreadLocalRandom.current().nextInt(10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000))).value() : randomCode("91632802");
		String name = person ? "司马测试" + "甲乙丙丁".charAt(ThreadLocalRandom.current().nextInt(4))
				: "检查录入测试有限公司" + ThreadLocalRandom.current().nextInt(1_000_000);
		long subjectId = IntegrationTest.actingAs(users, INSPECTOR, () -> {
			long id = subjects.register(new SubjectInputs.Registration(kind, code, name, SUBJECT_DIVISION, "长江路 9 号",
					null, null), officer).id();
			licences.record(id, new LicenceInputs.Licence("食品经营许可证", "JY" + code.substring(2, 16), issuer,
					"德令哈市市场监督管理局", LocalDate.of(year - 2, 1, 1), LocalDate.of(year + 5, 1, 1), null),
					LicenceSource.MANUAL, officer);
			return id;
		});
		// the bureau inspects for itself here: its own certified officers are the ones drawn (a task's inspectors are
		// its departments' own staff, docs/adr/0032-inspectors-library-and-recusal.md)
		long market = officer.organizationId();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("departmentId", market);
		item.put("name", itemName);
		item.put("legalBasis", "《食品安全法》第八十七条（测试）");
		item.put("subjectKinds", List.of(kind.name()));
		item.put("content", "食品经营许可、从业人员健康证明和经营场所卫生");
		item.put("method", "ON_SITE");
		item.put("keyItem", false);
		long itemId = read(send(INSPECTOR, post("/api/v1/inspections/items"), item)).get("id").asLong();
		mvc.perform(post("/api/v1/inspections/items/{id}/publish", itemId).with(as(INSPECTOR)).with(csrf()))
			.andExpect(status().isOk());
		long plan = read(send(INSPECTOR, post("/api/v1/inspections/plans"), Map.of("bodyId", market, "year", year,
				"name", year + " 年度检查录入测试计划", "leadId", market, "departmentIds", List.of(market))))
			.get("id").asLong();
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("name", "检查录入测试任务");
		task.put("departmentIds", List.of(market));
		task.put("itemIds", List.of(itemId));
		task.put("subjectKinds", List.of(kind.name()));
		task.put("divisionCode", "632802");
		task.put("issuerCodes", List.of(issuer));
		task.put("strata", List.of(Map.of("creditClass", "A", "count", 1)));
		task.put("windowFrom", LocalDate.of(year, 1, 1).toString());
		task.put("windowUntil", LocalDate.of(year, 12, 31).toString());
		long taskId = read(send(INSPECTOR, post("/api/v1/inspections/plans/{id}/tasks", plan), task)).get("id")
			.asLong();
		mvc.perform(post("/api/v1/inspections/tasks/{id}/approve", taskId).with(as("dlh.head")).with(csrf()))
			.andExpect(status().isOk());
		int inspectors = recuseAllBut(List.of(INSPECTOR, "dlh.officer2"), code);
		JsonNode drawn = send(INSPECTOR, post("/api/v1/inspections/draws/tasks/{id}", taskId),
				Map.of("reason", "检查录入测试", "inspectorsPerSubject", inspectors, "recuseDeclaredConflicts", true));
		if (!drawn.has("published")) {
			throw new IllegalStateException("draw refused: " + drawn);
		}
		long visitId = jdbc.sql("select id from inspection_visit where subject_id = ?").param(subjectId)
			.query(Long.class).single();
		String visitCode = jdbc.sql("select code from inspection_visit where id = ?").param(visitId)
			.query(String.class).single();
		return new Made(visitId, subjectId, itemId, itemName, name, visitCode);
	}

	/** Declares a conflict with the subject for every certified officer of the bureau but the accounts'; how many stay. */
	private int recuseAllBut(List<String> accounts, String subjectCode) {
		return IntegrationTest.actingAs(users, INSPECTOR, () -> {
			ScopedPrincipal caller = principal(INSPECTOR);
			Set<String> keep = new HashSet<>();
			for (String account : accounts) {
				keep.addAll(codes.certificatesOf(principal(account)));
			}
			List<String> all = draws.inspectors(caller);
			List<String> kept = new ArrayList<>();
			for (String certificate : all) {
				if (keep.contains(certificate)) {
					kept.add(certificate);
				}
				else {
					draws.declare(new JurisdictionDraws.Conflict(certificate, subjectCode, "检查录入测试回避"), caller);
				}
			}
			if (kept.isEmpty()) {
				throw new IllegalStateException("no certificate of " + accounts + " among " + all);
			}
			return kept.size();
		});
	}

	public ScopedPrincipal principal(String username) {
		return (ScopedPrincipal) users.loadUserByUsername(username);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private JsonNode send(String username, MockHttpServletRequestBuilder request, Object body) throws Exception {
		String answer = mvc.perform(request.with(as(username)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))).andReturn().getResponse().getContentAsString();
		return json.readTree(answer);
	}

	private JsonNode read(JsonNode node) {
		if (!node.has("id")) {
			throw new IllegalStateException("refused: " + node);
		}
		return node;
	}

	private static String randomCode(String prefix) {
		StringBuilder digits = new StringBuilder(prefix);
		while (digits.length() < 16) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete(digits.toString()).value();
	}

	/** A small PNG: a square of the given side with a stroke, as a canvas or a camera would send it. */
	public static byte[] png(int side) throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(side, side,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		image.createGraphics().drawLine(0, 0, side - 1, side - 1);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
