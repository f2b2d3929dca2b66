package cn.oneteam.region;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;

import cn.oneteam.shared.DivisionLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the division tree: provinces to townships ship with the project and load on first start; villages
 * (620k rows) are imported by an administrator from a file (CSV, optionally gzip) through COPY.
 */
@Service
public class DivisionImports {

	static final String SHIPPED_DATASET = "divisions:province-to-township";

	private static final Logger log = LoggerFactory.getLogger(DivisionImports.class);

	/** Shipped files in load order, with their column counts. */
	private static final List<Shipped> SHIPPED = List.of(new Shipped("provinces.csv", DivisionLevel.PROVINCE, 2),
			new Shipped("cities.csv", DivisionLevel.CITY, 3), new Shipped("areas.csv", DivisionLevel.COUNTY, 4),
			new Shipped("streets.csv", DivisionLevel.TOWNSHIP, 5));

	private final DivisionRepository divisions;

	private final Regions regions;

	DivisionImports(DivisionRepository divisions, Regions regions) {
		this.divisions = divisions;
		this.regions = regions;
	}

	/**
	 * Loads the shipped provinces, cities, counties and townships unless the same files were loaded before.
	 * Returns the rows merged, or 0 when nothing had to be done.
	 */
	@Transactional
	public long loadShipped() {
		divisions.lock();
		String checksum = shippedChecksum();
		if (divisions.datasetChecksum(SHIPPED_DATASET).filter(checksum::equals).isPresent()) {
			return 0;
		}
		regions.changing();
		long rows = 0;
		for (Shipped file : SHIPPED) {
			try (InputStream in = resource(file.name())) {
				long started = System.nanoTime();
				long read = divisions.copyIntoStaging(in, file.columns());
				ImportReport report = divisions.mergeStaging(file.level(), read, started);
				log.info("Divisions {}: {}", file.name(), report);
				rows += read;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		divisions.recordDataset(SHIPPED_DATASET, checksum, rows);
		return rows;
	}

	/** Imports villages and communities (12-digit codes, {@code code,name,streetCode,...}) from a server file. */
	@Transactional
	@PreAuthorize("hasAuthority('region:import')")
	public ImportReport importVillages(Path file) {
		return importVillagesFrom(file);
	}

	@Transactional
	ImportReport importVillagesFrom(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase();
		if (!(name.endsWith(".csv") || name.endsWith(".csv.gz")) || !Files.isRegularFile(file)
				|| !Files.isReadable(file)) {
			throw new RegionViolation(RegionViolation.UNPROCESSABLE, "region.import-file-not-found", file);
		}
		divisions.lock();
		long started = System.nanoTime();
		regions.changing();
		try (InputStream in = open(file)) {
			long read = divisions.copyIntoStaging(in, 6);
			ImportReport report = divisions.mergeStaging(DivisionLevel.VILLAGE, read, started);
			log.info("Villages imported from {}: {}", file.getFileName(), report);
			return report;
		}
		catch (IOException e) {
			throw new RegionViolation(RegionViolation.UNPROCESSABLE, "region.import-file-unreadable", "?");
		}
	}

	private static InputStream open(Path file) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
	}

	private static InputStream resource(String name) throws IOException {
		return new ClassPathResource("divisions/" + name).getInputStream();
	}

	private static String shippedChecksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Shipped file : SHIPPED) {
				try (InputStream in = new DigestInputStream(resource(file.name()), digest)) {
					in.transferTo(OutputStream.nullOutputStream());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private record Shipped(String name, DivisionLevel level, int columns) {
	}
}
