package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.rest.IssueCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import job's work: writes its resources in the order of {@link ImportOrder} by the {@link Writer}, in batches
 * of whole units of up to {@link #BATCH_SIZE} resources, each batch in one database transaction. A batch that is
 * refused (any of its resources is) stores nothing, and its units are written again one at a time, each in its own
 * transaction (resources that refer to each other in a cycle together in one), so that each refused resource is
 * reported with the reason of its own refusal and the others are stored. Each line is reported stored or refused. A
 * resource refused only because a resource it refers to is not stored yet is tried again after the others, round
 * after round while a round stores something; then it is reported refused with the reason of its last attempt. A
 * cancelled job stops after the batch it is writing; what it stored stays and is reported.
 */
final class ImportJob implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

	/**
	 * The most resources written in one database transaction. Written one per transaction, each resource paid for a
	 * commit (to disk: H2's {@code WRITE_DELAY=0}, PostgreSQL's fsync), the job's progress and heartbeat statements,
	 * its report row and the audit trail's event; a batch of 100 shares one commit, one report insert (a JDBC batch)
	 * and the audit events of one transaction bundle. What is left per resource is mostly profile validation, which
	 * a larger batch does not reduce; a larger batch holds more in memory and in one transaction, and makes a refused
	 * batch dearer (all of its resources are written again one at a time).
	 */
	static final int BATCH_SIZE = 100;

	/** The job's progress and heartbeat are written at most this often (see {@link ImportJobStore#STALE_AFTER_MILLIS}). */
	static final long HEARTBEAT_EVERY_MILLIS = 1_000;

	/** What writing one resource came to. */
	record Outcome(String stored, String result, String refusal, OperationOutcome cause, boolean unresolvedReference) {

		static Outcome stored(String versionedReference, String result) {
			return new Outcome(versionedReference, result, null, null, false);
		}

		static Outcome refused(String why, OperationOutcome cause, boolean unresolvedReference) {
			return new Outcome(null, null, why, cause, unresolvedReference);
		}
	}

	/**
	 * Writes resources in one database transaction: a unit of {@link ImportOrder} (one resource, or resources that
	 * refer to each other in a cycle), or a batch of units in their order (a resource may refer to one before it in
	 * the batch); an outcome for each, in the given order: all stored, or all refused and nothing stored.
	 */
	interface Writer {
		List<Outcome> write(List<ImportFile.Entry> unit);
	}

	private final String id;

	private final List<List<ImportFile.Entry>> ordered;

	private final int total;

	private final Writer writer;

	private final ImportJobStore store;

	private final String instance;

	private final BooleanSupplier cancelled;

	private final BooleanSupplier stopping;

	private final LongSupplier clock;

	private final FhirContext fhir;

	private final int batchSize;

	private int refusedCount;

	private long lastHeartbeat = Long.MIN_VALUE;

	ImportJob(
			String id,
			List<List<ImportFile.Entry>> ordered,
			Writer writer,
			ImportJobStore store,
			String instance,
			BooleanSupplier cancelled,
			BooleanSupplier stopping,
			LongSupplier clock,
			FhirContext fhir,
			int batchSize) {
		this.id = id;
		this.ordered = ordered;
		this.total = ordered.stream().mapToInt(List::size).sum();
		this.writer = writer;
		this.store = store;
		this.instance = instance;
		this.cancelled = cancelled;
		this.stopping = stopping;
		this.clock = clock;
		this.fhir = fhir;
		this.batchSize = batchSize;
	}

	@Override
	public void run() {
		int done = 0;
		long started = clock.getAsLong();
		long cpuStarted = cpuNanos();
		int stored = 0;
		try {
			List<List<ImportFile.Entry>> pending = ordered;
			while (!pending.isEmpty()) {
				List<List<ImportFile.Entry>> retry = new ArrayList<>();
				List<List<Outcome>> retryOutcomes = new ArrayList<>();
				boolean progress = false;
				for (List<List<ImportFile.Entry>> batch : batches(pending, batchSize)) {
					if (stopping.getAsBoolean()) {
						store.finish(
								id,
								ImportJobStore.State.FAILED,
								stored + refusedCount,
								IssueCode.IMPORT_INTERRUPTED.message("the server stopped after " + stored
										+ " resources of the job were stored; the others were not written"));
						log.info("Bulk import {} stopped with the server after {} resources", id, done);
						return;
					}
					if (cancelled.getAsBoolean()) {
						int left = total - stored - refusedCount;
						store.finish(
								id,
								ImportJobStore.State.CANCELLED,
								stored + refusedCount,
								"cancelled: " + stored + " resources stored before, " + left
										+ " lines not written (not in the report)");
						log.info("Bulk import {} cancelled after {} resources", id, done);
						return;
					}
					List<ImportJobStore.Line> lines = new ArrayList<>();
					List<ImportFile.Entry> together =
							batch.stream().flatMap(List::stream).toList();
					List<Outcome> outcomes = batch.size() > 1 ? writer.write(together) : null;
					if (outcomes != null && outcomes.stream().allMatch(outcome -> outcome.stored() != null)) {
						done += together.size();
						stored += together.size();
						progress = true;
						report(together, outcomes, lines);
					} else {
						if (outcomes != null) {
							log.info(
									"Bulk import {}: a batch of {} resources was refused, its units are written one"
											+ " at a time: {}",
									id,
									together.size(),
									outcomes.get(0).refusal());
						}
						// One unit, or a batch refused as a whole (rolled back, nothing of it stored): its units
						// again one at a time, so that each refusal is its resource's own and the others are stored.
						for (List<ImportFile.Entry> unit : batch) {
							List<Outcome> unitOutcomes = writer.write(unit);
							done += unit.size();
							if (unitOutcomes.stream().allMatch(outcome -> outcome.stored() != null)) {
								stored += unit.size();
								progress = true;
								report(unit, unitOutcomes, lines);
							} else if (unitOutcomes.stream().anyMatch(Outcome::unresolvedReference)) {
								retry.add(unit);
								retryOutcomes.add(unitOutcomes);
							} else {
								refusedCount += unit.size();
								report(unit, unitOutcomes, lines);
							}
							heartbeat(stored + refusedCount);
						}
					}
					store.addLines(id, lines);
					heartbeat(stored + refusedCount);
				}
				if (!progress) {
					List<ImportJobStore.Line> lines = new ArrayList<>();
					for (int i = 0; i < retry.size(); i++) {
						refusedCount += retry.get(i).size();
						report(retry.get(i), retryOutcomes.get(i), lines);
					}
					store.addLines(id, lines);
					break;
				}
				pending = retry;
			}
			long millis = Math.max(1, clock.getAsLong() - started);
			store.finish(id, ImportJobStore.State.COMPLETED, stored + refusedCount, null);
			log.info(
					"Bulk import {}: {} resources stored, {} refused, {} writes in {} ms ({} resources/s), {} ms CPU",
					id,
					stored,
					refusedCount,
					done,
					millis,
					String.format("%.1f", stored * 1000.0 / millis),
					(cpuNanos() - cpuStarted) / 1_000_000);
		} catch (RuntimeException failed) {
			log.error("Bulk import {} failed", id, failed);
			store.finish(
					id,
					ImportJobStore.State.FAILED,
					stored + refusedCount,
					IssueCode.IMPORT_INTERRUPTED.message(
							"the job failed after " + stored + " resources were stored: " + failed.getMessage()));
		}
	}

	/**
	 * The job's progress and this server's heartbeat ({@link ImportJobStore#progress}), at most once a second: two
	 * statements per resource were a large part of the time a resource took.
	 */
	private void heartbeat(int done) {
		long now = clock.getAsLong();
		if (lastHeartbeat == Long.MIN_VALUE || now - lastHeartbeat >= HEARTBEAT_EVERY_MILLIS) {
			store.progress(id, done, instance, now);
			lastHeartbeat = now;
		}
	}

	/**
	 * The units in their order, in batches of at most {@code size} resources (a unit larger than that is a batch of
	 * its own; a unit is never split).
	 */
	static List<List<List<ImportFile.Entry>>> batches(List<List<ImportFile.Entry>> units, int size) {
		List<List<List<ImportFile.Entry>>> batches = new ArrayList<>();
		List<List<ImportFile.Entry>> batch = new ArrayList<>();
		int resources = 0;
		for (List<ImportFile.Entry> unit : units) {
			if (!batch.isEmpty() && resources + unit.size() > size) {
				batches.add(batch);
				batch = new ArrayList<>();
				resources = 0;
			}
			batch.add(unit);
			resources += unit.size();
		}
		if (!batch.isEmpty()) {
			batches.add(batch);
		}
		return batches;
	}

	private void report(List<ImportFile.Entry> unit, List<Outcome> outcomes, List<ImportJobStore.Line> lines) {
		for (int i = 0; i < unit.size(); i++) {
			lines.add(line(unit.get(i), outcomes.get(i)));
		}
	}

	private ImportJobStore.Line line(ImportFile.Entry entry, Outcome outcome) {
		String type = entry.resource().fhirType();
		if (outcome.stored() != null) {
			return new ImportJobStore.Line(entry.line(), type, outcome.stored(), outcome.result(), null);
		}
		ImportFile.Refusal refusal =
				ImportFile.refusal(entry.line(), entry.reference(), outcome.refusal(), outcome.cause());
		return refusalLine(fhir, refusal, type);
	}

	/** The CPU time of this thread, which does not count the time other processes take the cores from it. */
	private static long cpuNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
	}

	static ImportJobStore.Line refusalLine(FhirContext fhir, ImportFile.Refusal refusal, String type) {
		return new ImportJobStore.Line(
				refusal.line(), type, null, "refused", fhir.newJsonParser().encodeResourceToString(refusal.outcome()));
	}
}
