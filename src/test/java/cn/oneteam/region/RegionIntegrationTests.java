package cn.oneteam.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import cn.oneteam.IntegrationTest;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RegionIntegrationTests extends IntegrationTest {

	@Autowired
	Regions regions;

	@Autowired
	DivisionImports imports;

	@Autowired
	DivisionRepository divisions;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0} has as many {1} as the file has rows")
	@CsvSource({ "provinces.csv, PROVINCE, 31", "cities.csv, CITY, 342", "areas.csv, COUNTY, 2978",
			"streets.csv, TOWNSHIP, 41352" })
	void loadsEveryRowOfTheShippedFiles(String file, DivisionLevel level, long documented) throws IOException {
		long rows = dataRows(file);
		assertThat(rows).isEqualTo(documented);
		assertThat(divisions.count(level)).isEqualTo(rows);
	}

	@Test
	void loadingTheShippedTreeAgainChangesNothing() {
		assertThat(imports.loadShipped()).isZero();
		assertThat(divisions.count(DivisionLevel.TOWNSHIP)).isEqualTo(41352);
	}

	@Test
	void looksUpDivisionsWithTheirKindAndPath() {
		Division hexi = regions.require(DivisionCode.of("632802001"));
		assertThat(hexi.name()).isEqualTo("河西街道");
		assertThat(hexi.townshipKind()).isEqualTo(TownshipKind.SUBDISTRICT);
		assertThat(regions.require(DivisionCode.of("632802100")).townshipKind()).isEqualTo(TownshipKind.TOWN);
		assertThat(regions.require(DivisionCode.of("632802200")).townshipKind()).isEqualTo(TownshipKind.TOWNSHIP);
		assertThat(regions.path(DivisionCode.of("632802001")).stream().map(Division::name))
			.containsExactly("青海省", "海西蒙古族藏族自治州", "德令哈市", "河西街道");
		assertThat(regions.children(DivisionCode.of("6328"))).extracting(Division::name)
			.containsExactly("格尔木市", "德令哈市", "茫崖市", "乌兰县", "都兰县", "天峻县", "大柴旦行政委员会");
		assertThat(regions.find(DivisionCode.of("632899"))).isEmpty();
	}

	@Test
	void searchesByNameAndCodeThroughTheApi() throws Exception {
		mvc.perform(get("/api/v1/regions/search").param("q", "德令哈").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("632802"))
			.andExpect(jsonPath("$[0].level").value("COUNTY"));
		mvc.perform(get("/api/v1/regions/search").param("q", "6328021").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$[0].code").value("632802100"))
			.andExpect(jsonPath("$[0].townshipKind").value("TOWN"));
		mvc.perform(get("/api/v1/regions/632802/children").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$.length()").value(7));
		mvc.perform(get("/api/v1/regions/632899").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:region.unknown-division"));
		mvc.perform(get("/api/v1/regions/search").param("q", "%").header("Authorization", "Bearer " + ADMIN_TOKEN))
			.andExpect(jsonPath("$.length()").value(0)); // a wildcard is searched as text
	}

	@Test
	void importsVillagesWithCopyAndReportsWhatItRejected(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("villages.csv.gz");
		try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
				StandardCharsets.UTF_8)) {
			out.write("code,name,streetCode,provinceCode,cityCode,areaCode\n");
			out.write("632802001001,\"长江路社区居委会\",632802001,63,6328,632802\n");
			out.write("632802001002,\"昆仑路社区居委会\",632802001,63,6328,632802\n");
			out.write("632802100201,\"尕海村村民委员会\",632802100,63,6328,632802\n");
			out.write("632802999001,\"无此乡\",632802999,63,6328,632802\n"); // unknown township
			out.write("63280200100X,\"坏代码\",632802001,63,6328,632802\n"); // malformed code
		}
		ImportReport first = SystemActor.call(() -> imports.importVillages(file));
		assertThat(first.read()).isEqualTo(5);
		assertThat(first.inserted()).isEqualTo(3);
		assertThat(first.rejected()).isEqualTo(2);
		assertThat(regions.require(DivisionCode.of("632802001002")).name()).isEqualTo("昆仑路社区居委会");
		assertThat(regions.require(DivisionCode.of("632802001")).childCount()).isEqualTo(2);

		ImportReport again = SystemActor.call(() -> imports.importVillages(file));
		assertThat(again.inserted()).isZero();
		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.rejected()).isEqualTo(2);
	}

	@Test
	void onlyAdministratorsImportVillages(@TempDir Path dir) throws Exception {
		assertThatThrownBy(() -> imports.importVillages(dir.resolve("none.csv")))
			.isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		mvc.perform(post("/api/v1/regions/villages/import").with(as("dlh.officer1")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"/etc/hostname\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/regions/villages/import").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"/etc/passwd\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:region.import-file-not-found"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("root"))));
		mvc.perform(post("/api/v1/regions/villages/import").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"" + dir.resolve("missing.csv.gz") + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:region.import-file-not-found"));
		mvc.perform(post("/api/v1/regions/villages/import").header("Authorization", "Bearer " + ADMIN_TOKEN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"path\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("path"));
	}

	private static long dataRows(String file) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("divisions/" + file).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank()).count();
		}
	}
}
