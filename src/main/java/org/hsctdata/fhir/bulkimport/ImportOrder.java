package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * The order in which a job writes the resources of a body: each after every resource of the body it refers to, so
 * that HAPI's referential integrity finds the targets (export files are per type, so an Observation may come before
 * its Patient in a concatenation); otherwise in line order. Resources that refer to each other in a cycle keep their
 * line order (the first of them written then fails for the reference, and is tried again once the others are
 * stored: see {@link ImportJob}).
 */
final class ImportOrder {

	private ImportOrder() {}

	static List<ImportFile.Entry> order(FhirContext fhir, List<ImportFile.Entry> entries) {
		Map<String, ImportFile.Entry> byReference = new HashMap<>();
		entries.forEach(entry -> byReference.put(entry.reference(), entry));
		Map<ImportFile.Entry, Set<ImportFile.Entry>> waitsFor = new HashMap<>();
		Map<ImportFile.Entry, List<ImportFile.Entry>> needed = new HashMap<>();
		FhirTerser terser = fhir.newTerser();
		for (ImportFile.Entry entry : entries) {
			Set<ImportFile.Entry> targets = new HashSet<>();
			terser.getAllResourceReferences(entry.resource()).forEach(info -> {
				IIdType target = info.getResourceReference().getReferenceElement();
				if (target.hasResourceType() && target.hasIdPart() && !target.isAbsolute()) {
					ImportFile.Entry found = byReference.get(target.getResourceType() + "/" + target.getIdPart());
					if (found != null && found != entry) {
						targets.add(found);
					}
				}
			});
			waitsFor.put(entry, targets);
			targets.forEach(target ->
					needed.computeIfAbsent(target, key -> new ArrayList<>()).add(entry));
		}
		// Kahn's algorithm, the earliest line first among those whose targets are written
		PriorityQueue<ImportFile.Entry> ready = new PriorityQueue<>(Comparator.comparingInt(ImportFile.Entry::line));
		entries.stream().filter(entry -> waitsFor.get(entry).isEmpty()).forEach(ready::add);
		List<ImportFile.Entry> ordered = new ArrayList<>(entries.size());
		Set<ImportFile.Entry> done = new HashSet<>();
		while (ordered.size() < entries.size()) {
			if (ready.isEmpty()) {
				// a cycle: its earliest line goes first
				entries.stream()
						.filter(entry -> !done.contains(entry))
						.findFirst()
						.ifPresent(ready::add);
			}
			ImportFile.Entry next = ready.poll();
			if (!done.add(next)) {
				continue;
			}
			ordered.add(next);
			for (ImportFile.Entry waiting : needed.getOrDefault(next, List.of())) {
				Set<ImportFile.Entry> targets = waitsFor.get(waiting);
				if (targets.remove(next) && targets.isEmpty() && !done.contains(waiting)) {
					ready.add(waiting);
				}
			}
		}
		return ordered;
	}
}
