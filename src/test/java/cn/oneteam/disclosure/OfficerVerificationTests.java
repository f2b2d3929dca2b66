package cn.oneteam.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.CertificateEventKind;
import cn.oneteam.organization.NewCertificate;
import cn.oneteam.organization.NewPerson;
import cn.oneteam.organization.Officers;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PersonId;
import cn.oneteam.organization.PostKind;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * 扫码亮证 (docs/adr/0040-public-portal-and-officer-verification.md): a certificate's public facts by number through
 * the API and the page, valid, expired and revoked; unknown and malformed numbers answered alike; the rate limit; the
 * certificate's QR decoding to its public page.
 */
class OfficerVerificationTests extends IntegrationTest {

	/** dlh.officer1's certificate in the demo data (docs/adr/0040-public-portal-and-officer-verification.md). */
	static final String DEMO_NUMBER = "QH6328020001";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Officers officers;

	@Autowired
	private Organizations organizations;

	@Autowired
	private JdbcClient jdbc;

	/** Each test's public requests come from an address of their own, so that no other test's bucket counts. */
	private final String address = "10." + ThreadLocalRandom.current().nextInt(150, 200) + "."
			+ ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);

	private final String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);

	private MockHttpServletRequestBuilder from(String client, MockHttpServletRequestBuilder request) {
		return request.with(r -> {
			r.setRemoteAddr(client);
			return r;
		});
	}

	private ResultActions api(String number) throws Exception {
		return mvc.perform(from(address, get("/api/v1/public/officers/{n}", number)));
	}

	/** Registers an officer of 德令哈's bureau holding a certificate of the given period; the certificate's id. */
	private long certified(String name, String number, LocalDate from, LocalDate to) {
		Organization body = organizations.findByCode("632802-zhzf").orElseThrow();
		return SystemActor.call(() -> {
			PersonId person = officers.register(new NewPerson(body.id(), null, name, PersonCategory.ESTABLISHMENT,
					PostKind.ADMINISTRATIVE, false, false, null, LocalDate.of(2020, 1, 1)), JurisdictionScope.nationwide());
			return officers.issueCertificate(person, new NewCertificate(number, "青海省人民政府（测试）",
					Set.of(EnforcementDomain.MARKET_SUPERVISION, EnforcementDomain.URBAN_MANAGEMENT), from, to),
					JurisdictionScope.nationwide()).id();
		});
	}

	@Test
	void aValidCertificateShowsNameBodyDomainsAndValidityAndNothingElsePersonal() throws Exception {
		String number = "QHT" + suffix;
		long certificate = certified("公示甲" + suffix.substring(0, 3), number, LocalDate.of(2024, 1, 1),
				LocalDate.of(2099, 12, 31));
		JsonNode answer = body(api(number).andExpect(status().isOk()));
		assertThat(answer.get("certificateNumber").asString()).isEqualTo(number);
		assertThat(answer.get("name").asString()).startsWith("公示甲");
		assertThat(answer.get("body").asString()).isEqualTo("德令哈市综合行政执法局");
		assertThat(answer.get("issuingAuthority").asString()).isEqualTo("青海省人民政府（测试）");
		assertThat(answer.get("domains").toString()).contains("MARKET_SUPERVISION", "URBAN_MANAGEMENT");
		assertThat(answer.get("validFrom").asString()).isEqualTo("2024-01-01");
		assertThat(answer.get("validTo").asString()).isEqualTo("2099-12-31");
		assertThat(answer.get("status").asString()).isEqualTo("VALID");
		// exactly these fields: no person or account id, no joining date, no category — nothing else of the person
		List<String> fields = new ArrayList<>();
		answer.propertyNames().forEach(fields::add);
		assertThat(fields).containsExactlyInAnyOrder("certificateNumber", "name", "body", "issuingAuthority", "domains",
				"validFrom", "validTo", "status", "checkedOn");
		assertThat(answer.toString()).doesNotContain("2020-01-01").doesNotContain("\"" + certificate + "\"");

		mvc.perform(from(address, get("/public/officers/{n}", number)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公示甲")))
			.andExpect(content().string(containsString("德令哈市综合行政执法局")))
			.andExpect(content().string(containsString("市场监管")))
			.andExpect(content().string(containsString("data-status=\"VALID\"")));
		mvc.perform(from(address, get("/public/officers/{n}", number)).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This certificate is valid on")));
	}

	@Test
	void theDemoOfficersCertificateIsValidAndItsPageShowsNoIdentifyingNumbers() throws Exception {
		JsonNode answer = body(api(DEMO_NUMBER).andExpect(status().isOk()));
		assertThat(answer.get("body").asString()).isEqualTo("德令哈市综合行政执法局");
		assertThat(answer.get("status").asString()).isEqualTo("VALID");
		// the demo's expired and suspended certificates as the README names them
		api("QH6328020050").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
		api("QH6328020051").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"));
		// no 18-character ID number and no mobile number anywhere on the page
		String page = mvc.perform(from(address, get("/public/officers/{n}", DEMO_NUMBER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContainPattern("\\b\\d{17}[\\dXx]\\b").doesNotContainPattern("\\b1[3-9]\\d{9}\\b");
	}

	@Test
	void anExpiredAndARevokedCertificateAreShownNotValid() throws Exception {
		String expired = "QHE" + suffix;
		certified("公示乙" + suffix.substring(0, 3), expired, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31));
		api(expired).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPIRED"));

		String revoked = "QHR" + suffix;
		long id = certified("公示丙" + suffix.substring(0, 3), revoked, LocalDate.of(2024, 1, 1), LocalDate.of(2099, 12, 31));
		SystemActor.call(() -> officers.recordCertificateEvent(id, CertificateEventKind.REVOKED, LocalDate.of(2025, 6, 1),
				"测试吊销", JurisdictionScope.nationwide()));
		api(revoked).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REVOKED"));
		mvc.perform(from(address, get("/public/officers/{n}", revoked)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"REVOKED\"")))
			.andExpect(content().string(containsString("已注销")))
			.andExpect(content().string(not(containsString("测试吊销"))));
	}

	@Test
	void unknownAndMalformedNumbersAreAnsweredAlike() throws Exception {
		JsonNode unknown = body(api("QHX" + suffix + "9").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
		assertThat(unknown.get("code").asString()).isEqualTo("disclosure.officer-unknown");
		for (String number : List.of("QH_" + suffix + ".x~", "Q".repeat(80))) {
			JsonNode malformed = body(api(number).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)));
			for (String field : List.of("code", "title", "detail", "status", "type")) {
				assertThat(malformed.get(field)).as(field).isEqualTo(unknown.get(field));
			}
		}
		mvc.perform(from(address, get("/public/officers/{n}", "QHX" + suffix + "9")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有这个执法证号")));
		mvc.perform(from(address, get("/public/officers/{n}", "bad_number.x~")).param("lang", "en"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No certificate has this number")));
	}

	@Test
	void oneAddressIsRefusedWithA429OnceItsBucketIsEmpty() throws Exception {
		String client = "10.251." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(1, 255);
		int refused = 0;
		for (int i = 0; i < 31; i++) {
			int code = mvc.perform(from(client, get("/api/v1/public/officers/{n}", DEMO_NUMBER)))
				.andReturn().getResponse().getStatus();
			refused += code == 429 ? 1 : 0;
		}
		assertThat(refused).isEqualTo(1);
		mvc.perform(from(client, get("/api/v1/public/officers/{n}", DEMO_NUMBER)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("disclosure.officer-check-rate-limited"));
		mvc.perform(from(client, get("/public/officers/{n}", DEMO_NUMBER)).param("lang", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("One network address may check")));
		// another address is not concerned
		api(DEMO_NUMBER).andExpect(status().isOk());
	}

	@Test
	void theCertificatesQrDecodesToItsPublicPageForStaffOnly() throws Exception {
		byte[] png = mvc.perform(get("/api/v1/officers/certificates/{n}/qr.png", DEMO_NUMBER).with(as("dlh.head")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
		assertThat(decoded).isEqualTo("http://localhost/public/officers/" + DEMO_NUMBER);
		mvc.perform(get("/api/v1/officers/certificates/{n}/qr.png", "QHX" + suffix + "9").with(as("dlh.head")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/officers/certificates/{n}/qr.png", DEMO_NUMBER)).andExpect(status().isUnauthorized());

		// the officer's page on the staff side links to the certificate's QR and its public page
		long person = officers.personOfAccount(accountOf("dlh.officer1")).orElseThrow().id().value();
		mvc.perform(get("/people/{id}", person).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/officers/certificates/" + DEMO_NUMBER + "/qr.png")))
			.andExpect(content().string(containsString("href=\"/public/officers/" + DEMO_NUMBER + "\"")));
	}

	private long accountOf(String username) {
		return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	@Test
	void thePortalListsThePublicServicesInBothLanguages() throws Exception {
		mvc.perform(from(address, get("/public")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/public/officers\"")))
			.andExpect(content().string(containsString("href=\"/public/inspections/codes\"")))
			.andExpect(content().string(containsString("href=\"/public/inspections/draws\"")))
			.andExpect(content().string(containsString("href=\"/public/qualifications\"")))
			.andExpect(content().string(containsString("href=\"/public/supervision/complaints\"")))
			.andExpect(content().string(containsString("执法人员核验")));
		mvc.perform(from(address, get("/public")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verify an officer")));
	}
}
