package cn.oneteam.evidence;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file evidence is kept as — photographs, recordings, documents, plain text and archives — each with its
 * media types, its file name extensions and the first bytes (magic numbers) that show a file really is one. Anything
 * else, executables above all, is refused.
 */
enum MediaFormat {

	JPEG(Family.IMAGE, "jpg=image/jpeg jpeg=image/jpeg", "image/jpg image/pjpeg", h -> starts(h, 0, 0xFF, 0xD8, 0xFF)),
	PNG(Family.IMAGE, "png=image/png", "", h -> starts(h, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
	GIF(Family.IMAGE, "gif=image/gif", "", h -> ascii(h, 0, "GIF8")),
	WEBP(Family.IMAGE, "webp=image/webp", "", h -> riff(h, "WEBP")),
	TIFF(Family.IMAGE, "tif=image/tiff tiff=image/tiff", "",
			h -> starts(h, 0, 'I', 'I', 0x2A, 0x00) || starts(h, 0, 'M', 'M', 0x00, 0x2A)),
	HEIC(Family.IMAGE, "heic=image/heic heif=image/heif", "", MediaFormat::isoMedia),
	MP3(Family.AUDIO, "mp3=audio/mpeg", "audio/mp3",
			h -> ascii(h, 0, "ID3") || (h.length > 1 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0)),
	WAV(Family.AUDIO, "wav=audio/wav", "audio/x-wav audio/wave audio/vnd.wave", h -> riff(h, "WAVE")),
	M4A(Family.AUDIO, "m4a=audio/mp4", "audio/x-m4a audio/aac", MediaFormat::isoMedia),
	AMR(Family.AUDIO, "amr=audio/amr", "", h -> ascii(h, 0, "#!AMR")),
	OGG(Family.AUDIO, "ogg=audio/ogg oga=audio/ogg opus=audio/ogg", "audio/opus", h -> ascii(h, 0, "OggS")),
	MP4(Family.VIDEO, "mp4=video/mp4 m4v=video/mp4", "", MediaFormat::isoMedia),
	QUICKTIME(Family.VIDEO, "mov=video/quicktime", "",
			h -> isoMedia(h) || ascii(h, 4, "moov") || ascii(h, 4, "mdat") || ascii(h, 4, "wide")),
	THREE_GP(Family.VIDEO, "3gp=video/3gpp", "", MediaFormat::isoMedia),
	AVI(Family.VIDEO, "avi=video/x-msvideo", "video/avi video/msvideo", h -> riff(h, "AVI ")),
	MATROSKA(Family.VIDEO, "webm=video/webm mkv=video/x-matroska", "", h -> starts(h, 0, 0x1A, 0x45, 0xDF, 0xA3)),
	PDF(Family.DOCUMENT, "pdf=application/pdf", "", h -> ascii(h, 0, "%PDF-")),
	/** Word, Excel and PowerPoint 97–2003 (OLE2 compound files). */
	OFFICE_97(Family.DOCUMENT,
			"doc=application/msword xls=application/vnd.ms-excel ppt=application/vnd.ms-powerpoint", "",
			h -> starts(h, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)),
	/** Office Open XML, and OFD (GB/T 33190, China's fixed-layout format): ZIP containers. */
	OFFICE_XML(Family.DOCUMENT,
			"docx=application/vnd.openxmlformats-officedocument.wordprocessingml.document "
					+ "xlsx=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet "
					+ "pptx=application/vnd.openxmlformats-officedocument.presentationml.presentation "
					+ "ofd=application/ofd",
			"", MediaFormat::zip),
	TEXT(Family.DOCUMENT, "txt=text/plain csv=text/csv log=text/plain", "", MediaFormat::text),
	ZIP(Family.ARCHIVE, "zip=application/zip", "application/x-zip-compressed", MediaFormat::zip);

	/** What a file holds, as the evidence types accept it. */
	enum Family {
		IMAGE, AUDIO, VIDEO, DOCUMENT, ARCHIVE
	}

	/** Extensions of programs and scripts: never kept, whatever their bytes. */
	private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "cpl", "bat",
			"cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "sh", "bash", "jar", "war", "apk", "app",
			"elf", "so", "dylib", "lnk", "reg");

	private final Family family;

	private final Map<String, String> typeByExtension = new LinkedHashMap<>();

	private final Set<String> types;

	private final Predicate<byte[]> magic;

	MediaFormat(Family family, String extensions, String aliases, Predicate<byte[]> magic) {
		this.family = family;
		for (String pair : extensions.split(" ")) {
			String[] p = pair.split("=");
			typeByExtension.put(p[0], p[1]);
		}
		this.types = Set.copyOf(concat(typeByExtension.values(), aliases));
		this.magic = magic;
	}

	Family family() {
		return family;
	}

	/** Whether the first bytes of a file are those of this format. */
	boolean matches(byte[] head) {
		return magic.test(head);
	}

	/** The media type to keep: the one declared when it is this format's, else the one of the file's extension. */
	String contentType(@Nullable String declared, String extension) {
		if (declared != null && types.contains(declared)) {
			return declared;
		}
		return typeByExtension.getOrDefault(extension, typeByExtension.values().iterator().next());
	}

	static Optional<MediaFormat> ofContentType(String type) {
		return Arrays.stream(values()).filter(f -> f.types.contains(type)).findFirst();
	}

	static Optional<MediaFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.typeByExtension.containsKey(extension)).findFirst();
	}

	/** A program or a script: by its extension, or by the headers of Windows, Linux and macOS binaries or a shebang. */
	static boolean executable(String extension, byte[] h) {
		return EXECUTABLE_EXTENSIONS.contains(extension) || ascii(h, 0, "MZ") || starts(h, 0, 0x7F, 'E', 'L', 'F')
				|| starts(h, 0, 0xFE, 0xED, 0xFA) || starts(h, 1, 0xFA, 0xED, 0xFE) || starts(h, 0, 0xCA, 0xFE, 0xBA, 0xBE)
				|| ascii(h, 0, "#!/");
	}

	static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static Set<String> concat(Collection<String> types, String aliases) {
		Set<String> all = new HashSet<>(types);
		Arrays.stream(aliases.split(" ")).filter(a -> !a.isEmpty()).forEach(all::add);
		return all;
	}

	private static boolean starts(byte[] h, int offset, int... bytes) {
		if (h.length < offset + bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((h[offset + i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] h, int offset, String text) {
		return starts(h, offset, text.chars().toArray());
	}

	private static boolean riff(byte[] h, String form) {
		return ascii(h, 0, "RIFF") && ascii(h, 8, form);
	}

	/** ISO base media files (MP4, MOV, 3GP, M4A, HEIC) open with a {@code ftyp} box. */
	private static boolean isoMedia(byte[] h) {
		return ascii(h, 4, "ftyp");
	}

	private static boolean zip(byte[] h) {
		return starts(h, 0, 'P', 'K', 0x03, 0x04) || starts(h, 0, 'P', 'K', 0x05, 0x06);
	}

	/** Plain text: no NUL and no control characters but tab, line ends, form feed and escape. */
	private static boolean text(byte[] h) {
		for (byte b : h) {
			int c = b & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
				return false;
			}
		}
		return true;
	}
}
