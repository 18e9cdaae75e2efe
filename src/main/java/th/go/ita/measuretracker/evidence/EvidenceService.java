package th.go.ita.measuretracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import th.go.ita.measuretracker.evidence.EvidenceRefusedException.Reason;
import th.go.ita.measuretracker.evidence.EvidenceRepository.FileRow;
import th.go.ita.measuretracker.evidence.EvidenceRepository.Owner;
import th.go.ita.measuretracker.evidence.EvidenceTarget.Stage;
import th.go.ita.measuretracker.evidence.IncomingFile.CheckedFile;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.security.Viewer;

/**
 * The rules of evidence. Only a member of the step's (or report's) group attaches or removes files, and only while
 * its task is open; once the step is completed or the report submitted, its files stay as they were, and a correction
 * is a new file that supersedes one of them. Every check comes before anything is written, and the writing is one
 * transaction: a refused file leaves nothing behind.
 */
@Service
public class EvidenceService {

	private final EvidenceRepository files;
	private final EvidenceStorage storage;
	private final EvidenceTargets targets;
	private final ApplicationEventPublisher events;
	private final long maxFileBytes;
	private final long maxMeasureBytes;

	EvidenceService(EvidenceRepository files, EvidenceStorage storage, EvidenceTargets targets,
			ApplicationEventPublisher events,
			@Value("${measure-tracker.evidence.max-file-size:10MB}") DataSize maxFileSize,
			@Value("${measure-tracker.evidence.max-per-measure:200MB}") DataSize maxPerMeasure) {
		this.files = files;
		this.storage = storage;
		this.targets = targets;
		this.events = events;
		this.maxFileBytes = maxFileSize.toBytes();
		this.maxMeasureBytes = maxPerMeasure.toBytes();
	}

	public long maxFileBytes() {
		return maxFileBytes;
	}

	@Transactional
	EvidenceFile attachToStep(String businessKey, int position, IncomingFile file, Long supersedes, Viewer viewer) {
		return attach(targets.step(businessKey, position, viewer), file, supersedes, viewer);
	}

	@Transactional
	EvidenceFile attachToReport(String businessKey, int fiscalYear, int quarter, IncomingFile file, Long supersedes,
			Viewer viewer) {
		return attach(targets.report(businessKey, fiscalYear, quarter, viewer), file, supersedes, viewer);
	}

	private EvidenceFile attach(EvidenceTarget target, IncomingFile file, Long supersedes, Viewer viewer) {
		ensureMember(target, viewer, "แนบไฟล์", "attach files");
		Owner owner = supersedes == null ? whileOpen(target) : correcting(target, supersedes);
		CheckedFile checked;
		try {
			checked = file.check(maxFileBytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!files.reserve(owner.measureId(), checked.size(), maxMeasureBytes)) {
			throw new EvidenceRefusedException(Reason.MEASURE_FULL, "หลักฐานของมาตรการนี้เต็มแล้ว (the evidence of "
					+ target.measure().businessKey() + " may take at most " + maxMeasureBytes + " bytes in all)");
		}
		String key = UUID.randomUUID().toString();
		MessageDigest sha256 = sha256();
		try (InputStream content = new DigestInputStream(Files.newInputStream(checked.content()), sha256)) {
			storage.write(key, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		FileRow stored;
		try {
			stored = files.insert(owner, checked.name(), checked.type(), checked.size(),
					HexFormat.of().formatHex(sha256.digest()), key, viewer.userId(), OfficeTime.now(), supersedes);
		}
		catch (org.springframework.dao.DuplicateKeyException concurrentCorrection) {
			throw new EvidenceRefusedException(Reason.BAD_CORRECTION,
					"ไฟล์นี้ถูกแทนที่แล้ว (file " + supersedes + " was replaced by another correction just now)");
		}
		events.publishEvent(new EvidenceCountChanged(owner.measureId(), 1));
		return EvidenceFile.of(stored);
	}

	private static Owner whileOpen(EvidenceTarget target) {
		return switch (target.stage()) {
			case OPEN -> target.owner();
			case DONE -> throw new EvidenceRefusedException(Reason.LOCKED, (target.isStep()
					? "ขั้นตอนนี้เสร็จแล้ว (the step is completed"
					: "รายงานนี้อนุมัติแล้ว (the report is approved")
					+ "; a correction names the file it replaces: supersedes=<its id>)");
			default -> throw notOpen(target);
		};
	}

	/** A correction of a file the group can no longer remove: it goes where that file is, which stays, superseded. */
	private Owner correcting(EvidenceTarget target, long supersedes) {
		if (target.stage() == Stage.NOT_STARTED || target.stage() == Stage.UNDER_REVIEW) {
			throw notOpen(target);
		}
		FileRow old = files.find(supersedes)
			.filter(f -> sameTarget(f.owner(), target.owner()))
			.orElseThrow(() -> new EvidenceRefusedException(Reason.BAD_CORRECTION,
					"แก้ไขได้เฉพาะไฟล์ของขั้นตอนหรือรายงานเดียวกัน (file " + supersedes + " is not evidence of this "
							+ (target.isStep() ? "step" : "report") + ")"));
		if (old.superseded()) {
			throw new EvidenceRefusedException(Reason.BAD_CORRECTION,
					"ไฟล์นี้ถูกแทนที่แล้ว (file " + supersedes + " was already replaced by file " + old.supersededBy() + ")");
		}
		if (removable(old, target)) {
			throw new EvidenceRefusedException(Reason.BAD_CORRECTION,
					"ไฟล์นี้ยังลบได้ ให้ลบแล้วแนบใหม่ (file " + supersedes + " can still be removed: remove it instead)");
		}
		// after approval the correction belongs to the version it corrects; while returned, to the next submission
		Owner owner = target.owner();
		return owner.isStep() || target.stage() == Stage.OPEN ? owner
				: Owner.report(owner.measureId(), owner.reportFiscalYear(), owner.reportQuarter(), old.reportVersion());
	}

	@Transactional
	void remove(long id, Viewer viewer) {
		FileRow file = files.find(id).orElseThrow(() -> EvidenceRefusedException.notFound(" file " + id));
		EvidenceTarget target = targets.ofFile(file, viewer);
		ensureMember(target, viewer, "ลบไฟล์", "remove files");
		if (!removable(file, target)) {
			throw new EvidenceRefusedException(Reason.LOCKED, "ไฟล์นี้ลบไม่ได้แล้ว (file " + id + " is part of the record: "
					+ (target.isStep() ? "the step is completed" : "it was submitted with the report")
					+ "; attach a correction that supersedes it)");
		}
		files.delete(id);
		storage.delete(file.contentKey());
		files.release(file.measureId(), file.sizeBytes());
		events.publishEvent(new EvidenceCountChanged(file.measureId(), -1));
	}

	/** A step's files until the step is completed; a report's files until they are submitted. */
	private static boolean removable(FileRow file, EvidenceTarget target) {
		return target.stage() == Stage.OPEN && (target.isStep() || file.reportVersion() == null);
	}

	/**
	 * A manager marks a report's submitted file public, or internal again, while reviewing the report or after approving
	 * it. The public page uses only the public files of approved reports.
	 */
	@Transactional
	EvidenceFile publish(long id, boolean published, Viewer viewer) {
		FileRow file = files.find(id).orElseThrow(() -> EvidenceRefusedException.notFound(" file " + id));
		EvidenceTarget target = targets.ofFile(file, viewer);
		String problem = null;
		if (target.isStep()) {
			problem = "only a quarterly report's files are published";
		}
		else if (file.reportVersion() == null) {
			problem = "the file has not been submitted with the report";
		}
		else if (target.stage() != Stage.UNDER_REVIEW && target.stage() != Stage.DONE) {
			problem = "the report is not under review or approved";
		}
		else if (published && file.superseded()) {
			problem = "the file was replaced by file " + file.supersededBy();
		}
		if (problem != null) {
			throw new EvidenceRefusedException(Reason.NOT_PUBLISHABLE, "เผยแพร่ไฟล์นี้ไม่ได้ (" + problem + ")");
		}
		files.setPublished(id, published ? OfficeTime.now() : null, published ? viewer.userId() : null);
		return EvidenceFile.of(files.find(id).orElseThrow());
	}

	/**
	 * The page of one step's or report's evidence for this viewer: the files (a report's by version), and what the
	 * viewer may do with each.
	 */
	@Transactional(readOnly = true)
	EvidencePage page(EvidenceTarget target, Viewer viewer, boolean manager, String heading, String taskUrl) {
		boolean member = viewer.groups().contains(target.group());
		boolean reviewing = !target.isStep() && (target.stage() == Stage.UNDER_REVIEW || target.stage() == Stage.DONE);
		java.util.Map<Integer, List<EvidencePage.Item>> byVersion = new java.util.TreeMap<>(
				java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		List<EvidenceFile> correctable = new java.util.ArrayList<>();
		for (FileRow file : files.ofMeasure(target.measure().id())) {
			if (!sameTarget(file.owner(), target.owner())) {
				continue;
			}
			boolean removable = member && removable(file, target);
			boolean publishable = manager && reviewing && file.reportVersion() != null
					&& (!file.superseded() || file.publishedAt() != null);
			byVersion.computeIfAbsent(file.reportVersion(), v -> new java.util.ArrayList<>())
				.add(new EvidencePage.Item(EvidenceFile.of(file), removable, publishable));
			if (member && !removable && !file.superseded() && target.stage() != Stage.UNDER_REVIEW) {
				correctable.add(EvidenceFile.of(file));
			}
		}
		if (target.isStep() && byVersion.isEmpty()) {
			byVersion.put(null, List.of());
		}
		List<EvidencePage.Group> groups = byVersion.entrySet().stream()
			.map(e -> new EvidencePage.Group(e.getKey(), target.isStep() || e.getKey() != null, e.getValue()))
			.toList();
		String uploadUrl = "/api/measures/" + target.measure().businessKey() + (target.isStep()
				? "/steps/" + target.owner().stepPosition()
				: "/reports/" + target.owner().reportFiscalYear() + "/" + target.owner().reportQuarter()) + "/evidence";
		return new EvidencePage(target, heading, groups, member && target.stage() == Stage.OPEN,
				member ? correctable : List.of(), uploadUrl, maxFileBytes, taskUrl);
	}

	/** The file's metadata and its bytes, for someone who may see it. */
	Download download(long id, Viewer viewer) {
		FileRow file = files.find(id).orElseThrow(() -> EvidenceRefusedException.notFound(" file " + id));
		targets.ofFile(file, viewer);
		return new Download(EvidenceFile.of(file), file.contentKey(), storage);
	}

	/** A file someone may read: its metadata, and its bytes when asked for. */
	record Download(EvidenceFile file, String key, EvidenceStorage storage) {

		InputStream open() {
			return storage.open(key);
		}

		void copyTo(java.io.OutputStream out) throws IOException {
			storage.copyTo(key, out);
		}
	}

	private static void ensureMember(EvidenceTarget target, Viewer viewer, String thai, String english) {
		if (!viewer.groups().contains(target.group())) {
			throw new EvidenceRefusedException(Reason.NOT_YOUR_GROUP, "เฉพาะสมาชิกของกลุ่ม " + target.group() + " เท่านั้นที่"
					+ thai + "ได้ (only members of " + target.group() + " may " + english + "; " + viewer.userId()
					+ " is not one)");
		}
	}

	private static EvidenceRefusedException notOpen(EvidenceTarget target) {
		return new EvidenceRefusedException(Reason.TASK_NOT_OPEN, target.stage() == Stage.UNDER_REVIEW
				? "รายงานอยู่ระหว่างการตรวจ (the report is being reviewed; its files stay as submitted)"
				: "ขั้นตอนนี้ยังไม่เริ่ม (the step's task has not started yet)");
	}

	private static boolean sameTarget(Owner file, Owner target) {
		return file.measureId() == target.measureId() && java.util.Objects.equals(file.stepPosition(), target.stepPosition())
				&& java.util.Objects.equals(file.reportFiscalYear(), target.reportFiscalYear())
				&& java.util.Objects.equals(file.reportQuarter(), target.reportQuarter());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
