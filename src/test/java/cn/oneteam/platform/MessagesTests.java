package cn.oneteam.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.oneteam.MessageFiles;
import java.util.stream.Stream;

import cn.oneteam.catalog.DiscretionTier;
import cn.oneteam.catalog.EnforcementMode;
import cn.oneteam.catalog.LenientList;
import cn.oneteam.catalog.MatterKind;
import cn.oneteam.catalog.MatterLevel;
import cn.oneteam.catalog.PartyType;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.identity.Permission;
import cn.oneteam.identity.Role;
import cn.oneteam.organization.BodyType;
import cn.oneteam.organization.CertificateEventKind;
import cn.oneteam.organization.CertificateStatus;
import cn.oneteam.organization.OrganizationKind;
import cn.oneteam.organization.PersonCategory;
import cn.oneteam.organization.PostKind;
import cn.oneteam.organization.TeamKind;
import cn.oneteam.region.TownshipKind;
import cn.oneteam.shared.DivisionLevel;
import cn.oneteam.shared.EnforcementDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** zh-CN (default) and English messages stay complete: a missing key in either fails the build. */
class MessagesTests {

	private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.:\\\\-]+)[}(]");

	private static final Pattern PROBLEM_CODE = Pattern
		.compile("(?:Violation|problem|FlashMessage|reasons\\.add)\\((?:[A-Za-z_.]+,\\s*){0,2}\"([a-z]+\\.[a-z-]+)\"");

	private final Properties chinese = MessageFiles.chinese();

	private final Properties english = MessageFiles.english();

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(chinese.stringPropertyNames()));
	}

	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String file : List.of("messages/messages.properties", "messages/messages_en.properties")) {
			List<String> keys = Files.readAllLines(Path.of("src/main/resources", file))
				.stream()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
				.map(line -> line.substring(0, line.indexOf('=')))
				.toList();
			assertThat(keys).as(file).doesNotHaveDuplicates();
		}
	}

	@Test
	void templatesHoldNoLiteralChineseText() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			assertThat(templates.filter(Files::isRegularFile).filter(p -> CJK.matcher(read(p)).find()).toList())
				.as("templates with literal Chinese text (use #{...} messages)")
				.isEmpty();
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			templates.filter(Files::isRegularFile).forEach(p -> {
				Matcher m = TEMPLATE_KEY.matcher(read(p));
				while (m.find()) {
					if (!chinese.containsKey(m.group(1).replace("\\", ""))) {
						missing.add(p.getFileName() + ": " + m.group(1));
					}
				}
			});
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyProblemRaisedInCodeHasATitleAndADetail() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
				Matcher m = PROBLEM_CODE.matcher(read(p));
				while (m.find()) {
					codes.add(m.group(1));
				}
			});
		}
		assertThat(codes).contains("calendar.year-not-loaded", "organization.outside-jurisdiction",
				"organization.unknown", "access.unauthenticated", "request.parameter-malformed",
				"officer.no-valid-certificate");
		for (String code : codes) {
			assertThat(chinese).containsKeys("problem." + code + ".title", "problem." + code + ".detail");
		}
	}

	@Test
	void everyEnumShownToUsersHasAName() {
		List<String> keys = Stream.of(
				Arrays.stream(Role.values()).map(r -> "role." + r.name()),
				Arrays.stream(Permission.values()).map(p -> "permission." + p.authority()),
				Arrays.stream(OrganizationKind.values()).map(k -> "organization.kind." + k.name()),
				Arrays.stream(DivisionLevel.values()).map(l -> "level." + l.name()),
				Arrays.stream(TownshipKind.values()).map(k -> "township." + k.name()),
				Arrays.stream(EnforcementDomain.values()).map(d -> "domain." + d.name()),
				Arrays.stream(MatterKind.values()).map(k -> "matter.kind." + k.name()),
				Arrays.stream(MatterLevel.values()).map(l -> "matter.level." + l.name()),
				Arrays.stream(PenaltyKind.values()).map(k -> "penalty.kind." + k.name()),
				Arrays.stream(EnforcementMode.values()).map(m -> "enforcement.mode." + m.name()),
				Arrays.stream(EnforcementMode.values()).map(m -> "catalog.explain." + m.name()),
				Arrays.stream(DiscretionTier.values()).map(t -> "discretion.tier." + t.name()),
				Arrays.stream(DiscretionTier.values()).map(t -> "discretion.reason." + t.name()),
				Arrays.stream(PartyType.values()).map(t -> "party.type." + t.name()),
				Arrays.stream(LenientList.Kind.values()).map(k -> "lenient.kind." + k.name()),
				Arrays.stream(BodyType.values()).map(t -> "body.type." + t.name()),
				Arrays.stream(TeamKind.values()).map(k -> "team.kind." + k.name()),
				Arrays.stream(PersonCategory.values()).map(c -> "person.category." + c.name()),
				Arrays.stream(PostKind.values()).map(k -> "post.kind." + k.name()),
				Arrays.stream(CertificateStatus.values()).map(s -> "certificate.status." + s.name()),
				Arrays.stream(CertificateEventKind.values()).map(k -> "certificate.event." + k.name()),
				Stream.of("400", "401", "403", "404", "405", "413", "500").map(s -> "error.status." + s))
			.flatMap(s -> s)
			.toList();
		assertThat(chinese.stringPropertyNames()).containsAll(keys);
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
