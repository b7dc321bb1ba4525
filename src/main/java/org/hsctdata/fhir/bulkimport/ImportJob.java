package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hsctdata.fhir.rest.IssueCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import job's work: writes its resources one at a time in the order of {@link ImportOrder}, each by the
 * {@link Writer} in its own database transaction (resources that refer to each other in a cycle together in one),
 * and reports each line stored or refused. A resource refused only
 * because a resource it refers to is not stored yet is tried again after the others, round after round while a round
 * stores something; then it is reported refused with the reason of its last attempt. A cancelled job stops after the
 * resource it is writing; what it stored stays and is reported.
 */
final class ImportJob implements Runnable {

	private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

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
	 * Writes a unit of {@link ImportOrder}: one resource, or resources that refer to each other in a cycle, in one
	 * database transaction; an outcome for each, in the unit's order (all stored, or all refused).
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

	private int refusedCount;

	ImportJob(
			String id,
			List<List<ImportFile.Entry>> ordered,
			Writer writer,
			ImportJobStore store,
			String instance,
			BooleanSupplier cancelled,
			BooleanSupplier stopping,
			LongSupplier clock,
			FhirContext fhir) {
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
	}

	@Override
	public void run() {
		int done = 0;
		long started = clock.getAsLong();
		int stored = 0;
		try {
			List<List<ImportFile.Entry>> pending = ordered;
			while (!pending.isEmpty()) {
				List<List<ImportFile.Entry>> retry = new ArrayList<>();
				List<List<Outcome>> retryOutcomes = new ArrayList<>();
				boolean progress = false;
				for (List<ImportFile.Entry> unit : pending) {
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
					List<Outcome> outcomes = writer.write(unit);
					done += unit.size();
					if (outcomes.stream().allMatch(outcome -> outcome.stored() != null)) {
						stored += unit.size();
						progress = true;
						report(unit, outcomes);
					} else if (outcomes.stream().anyMatch(Outcome::unresolvedReference)) {
						retry.add(unit);
						retryOutcomes.add(outcomes);
					} else {
						refusedCount += unit.size();
						report(unit, outcomes);
					}
					store.progress(id, stored + refusedCount, instance, clock.getAsLong());
				}
				if (!progress) {
					for (int i = 0; i < retry.size(); i++) {
						refusedCount += retry.get(i).size();
						report(retry.get(i), retryOutcomes.get(i));
					}
					break;
				}
				pending = retry;
			}
			long millis = Math.max(1, clock.getAsLong() - started);
			store.finish(id, ImportJobStore.State.COMPLETED, stored + refusedCount, null);
			log.info(
					"Bulk import {}: {} resources stored, {} refused, {} writes in {} ms ({} resources/s)",
					id,
					stored,
					refusedCount,
					done,
					millis,
					String.format("%.1f", stored * 1000.0 / millis));
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

	private void report(List<ImportFile.Entry> unit, List<Outcome> outcomes) {
		for (int i = 0; i < unit.size(); i++) {
			report(unit.get(i), outcomes.get(i));
		}
	}

	private void report(ImportFile.Entry entry, Outcome outcome) {
		String type = entry.resource().fhirType();
		if (outcome.stored() != null) {
			store.addLines(
					id, List.of(new ImportJobStore.Line(entry.line(), type, outcome.stored(), outcome.result(), null)));
		} else {
			ImportFile.Refusal refusal =
					ImportFile.refusal(entry.line(), entry.reference(), outcome.refusal(), outcome.cause());
			store.addLines(id, List.of(refusalLine(fhir, refusal, type)));
		}
	}

	static ImportJobStore.Line refusalLine(FhirContext fhir, ImportFile.Refusal refusal, String type) {
		return new ImportJobStore.Line(
				refusal.line(), type, null, "refused", fhir.newJsonParser().encodeResourceToString(refusal.outcome()));
	}
}
