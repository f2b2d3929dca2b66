package cn.oneteam.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.imageio.ImageIO;

import cn.oneteam.casehandling.CaseStage;
import cn.oneteam.casehandling.Cases;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceType;
import cn.oneteam.evidence.NewEvidence;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.shared.ScopedPrincipal;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Evidence on three of 德令哈's open general-procedure cases — a photograph, a scanned record and an inspection note
 * each, generated here — uploaded through the evidence service as dlh.officer1 with the case's officers as collectors,
 * so the case page lists evidence and the case record shows the attachments.
 */
@Component
@Profile("demo")
@Order(35)
class DemoEvidence implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);

	private static final int CASES = 3;

	private final Cases cases;

	private final Evidence evidence;

	private final UserDetailsService users;

	private final Clock clock;

	DemoEvidence(Cases cases, Evidence evidence, UserDetailsService users, Clock clock) {
		this.cases = cases;
		this.evidence = evidence;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		SignedIn.as(users.loadUserByUsername("dlh.officer1"), officer -> { // reads and attaches as the officer
			seed(officer);
			return null;
		});
	}

	private void seed(ScopedPrincipal officer) {
		List<PenaltyCase> open = cases.inScope(officer.jurisdiction())
			.stream()
			.filter(c -> c.procedure() == PenaltyCase.Procedure.GENERAL && c.actingOrgId() == officer.organizationId())
			.filter(c -> c.officers().size() >= 2 && !List.of(CaseStage.CLUE, CaseStage.CLOSED).contains(c.stage()))
			.sorted(Comparator.comparing(PenaltyCase::id))
			.limit(CASES)
			.toList();
		if (open.isEmpty() || open.stream().anyMatch(c -> !evidence.list(OwnerKind.CASE, c.id(), officer).isEmpty())) {
			return;
		}
		try {
			for (PenaltyCase c : open) {
				attach(c, officer);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		log.info("Demo evidence: {} items on cases {}", open.size() * 3, open.stream().map(PenaltyCase::id).toList());
	}

	private void attach(PenaltyCase c, ScopedPrincipal officer) throws IOException {
		List<Long> collectors = c.officers().stream().map(PenaltyCase.CaseOfficer::personId).toList();
		OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusHours(2);
		String place = c.partyName() + "经营场所";
		add(c, officer, new NewEvidence(EvidenceType.PHYSICAL, "（演示）现场照片", "执法人员现场拍摄", at, place,
				new BigDecimal("37.369"), new BigDecimal("97.361"), collectors, "现场照片.png"),
				"image/png", photo());
		add(c, officer, new NewEvidence(EvidenceType.DOCUMENTARY, "（演示）营业执照复印件", "当事人提供，核对原件无误",
				at.plusMinutes(20), place, null, null, collectors, "营业执照复印件.pdf"), "application/pdf", pdf());
		add(c, officer, new NewEvidence(EvidenceType.INSPECTION_RECORD, "（演示）现场检查笔录", "执法人员现场制作",
				at.plusMinutes(40), place, null, null, collectors, "现场检查笔录.txt"), "text/plain",
				("现场检查笔录（演示）\n当事人：" + c.partyName() + "\n检查情况：" + c.facts() + "\n")
					.getBytes(StandardCharsets.UTF_8));
	}

	private void add(PenaltyCase c, ScopedPrincipal officer, NewEvidence item, String type, byte[] bytes)
			throws IOException {
		evidence.attach(OwnerKind.CASE, c.id(), item, type, (long) bytes.length, new ByteArrayInputStream(bytes),
				officer);
	}

	/** A small generated picture standing in for a photograph. */
	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x5B8DB8));
		g.fillRect(0, 0, 160, 120);
		g.setColor(new Color(0xE8C547));
		g.fillRect(30, 50, 100, 50);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A one-page PDF standing in for a scanned document. */
	private static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
				text.newLineAtOffset(72, 700);
				text.showText("Demo: copy of a business licence");
				text.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}
}
