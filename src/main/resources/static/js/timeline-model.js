// What the case timeline draws, worked out from a patient's FHIR resources: laboratory series, treatment lanes and
// event markers on one time axis. Pure functions, no DOM and no chart library.
//
// A resource is placed by the profile it claims (meta.profile) and, for data that claims none of ours (the server's
// `open` policy), by its code: never by its id or its example identifier.

import { LOCAL_CODE_SYSTEM, structureDefinition as sd } from './canonicals.js';

const LOINC = 'http://loinc.org';
const SCT = 'http://snomed.info/sct';

// SNOMED CT codes of the disease-status values and phases (DiseaseStatusVS, DiseasePhaseVS).
const NOT_DETECTED = `${SCT}|260415000`;
const PHASES = {
	[`${SCT}|277022003`]: ['remission', 'Remission'],
	[`${SCT}|263855007`]: ['relapse', 'Relapse'],
	[`${SCT}|20646008`]: ['refractory', 'Refractory'],
	[`${LOCAL_CODE_SYSTEM}|primary-refractory`]: ['refractory', 'Primary refractory'],
};
// Remission and relapse numbers (RemissionNumberVS, RelapseNumberVS), shown after the phase: "Remission (CR2)".
const COURSE_NUMBERS = {
	[`${LOCAL_CODE_SYSTEM}|cr1`]: 'CR1',
	[`${LOCAL_CODE_SYSTEM}|cr2`]: 'CR2',
	[`${LOCAL_CODE_SYSTEM}|cr3-or-later`]: 'CR3+',
	[`${LOCAL_CODE_SYSTEM}|relapse-1`]: 'relapse 1',
	[`${LOCAL_CODE_SYSTEM}|relapse-2`]: 'relapse 2',
	[`${LOCAL_CODE_SYSTEM}|relapse-3-or-later`]: 'relapse 3+',
};
const STATUSES = {
	[`${SCT}|103338009`]: ['remission', 'Full remission'],
	[`${SCT}|103337004`]: ['remission', 'Partial remission'],
	[`${SCT}|271299001`]: ['relapse', 'Worsened'],
	[`${SCT}|268910001`]: ['improved', 'Improved'],
	[`${SCT}|359746009`]: ['stable', 'Stable'],
	[`${SCT}|709137006`]: ['undetermined', 'Undetermined'],
};
// Coded chimerism (ChimerismResultVS) drawn on the percent axis: complete donor at 100 %, complete recipient at 0 %,
// mixed at 50 % (a position, not a measurement: the tooltip and the table say "Mixed chimerism", never a number).
const CHIMERISM_POSITIONS = {
	[`${LOCAL_CODE_SYSTEM}|complete-donor-chimerism`]: 100,
	[`${LOCAL_CODE_SYSTEM}|mixed-chimerism`]: 50,
	[`${LOCAL_CODE_SYSTEM}|recipient-chimerism`]: 0,
};

/** The laboratory series, by panel. `profiles` and `codes` decide which Observations belong to a series. */
export const SERIES = [
	{
		key: 'alc',
		name: 'Absolute lymphocyte count',
		panel: 'lymphocytes',
		profiles: [sd('lymphocyte-count-observation')],
		codes: [`${LOINC}|26474-7`],
	},
	{
		key: 'cd3',
		name: 'CD3⁺ cells',
		panel: 'lymphocytes',
		profiles: [sd('cd3-percent-observation')],
		codes: [`${LOINC}|8124-0`],
	},
	{
		key: 'blasts',
		name: 'Marrow blasts',
		panel: 'disease',
		profiles: [sd('marrow-blast-observation')],
		codes: [`${LOINC}|11150-0`],
	},
	{
		key: 'mrd',
		name: 'MRD',
		panel: 'disease',
		profiles: [sd('mrd-observation')],
		codes: [`${LOCAL_CODE_SYSTEM}|mrd`, `${LOCAL_CODE_SYSTEM}|mrd-flow`],
		codedPositions: { [NOT_DETECTED]: 0 },
	},
	{
		key: 'chimerism',
		name: 'Donor chimerism',
		panel: 'chimerism',
		profiles: [sd('chimerism-observation')],
		codes: [`${LOCAL_CODE_SYSTEM}|donor-chimerism`],
		codedPositions: CHIMERISM_POSITIONS,
	},
];

/** The panels of the laboratory series, top to bottom. */
export const PANELS = [
	{ key: 'lymphocytes', title: 'Blood lymphocytes' },
	{ key: 'disease', title: 'Marrow blasts and MRD (%)' },
	{ key: 'chimerism', title: 'Donor chimerism (% donor cells)' },
];

/** The lanes, top to bottom: treatment first, then event markers. */
export const LANES = [
	{ key: 'protocols', name: 'Treatment protocols' },
	{ key: 'chemotherapy', name: 'Chemotherapy' },
	{ key: 'immunotherapy', name: 'Immunotherapy' },
	{ key: 'conditioning', name: 'Conditioning' },
	{ key: 'hsct', name: 'HSCT (day 0)' },
	{ key: 'gvhdProphylaxis', name: 'GvHD prophylaxis' },
	{ key: 'diseaseStatus', name: 'Disease status', markers: true },
	{ key: 'engraftment', name: 'Engraftment', markers: true },
	{ key: 'adverseEvents', name: 'Adverse events and complications', markers: true },
	{ key: 'gvhd', name: 'GvHD', markers: true },
];

const PROFILE = {
	protocol: sd('treatment-protocol'),
	cancerDrug: sd('cancer-medication-administration'),
	immunotherapy: sd('immunotherapy-administration'),
	transplantDrug: sd('transplant-drug-administration'),
	carT: sd('car-t-cell-administration'),
	lymphodepletion: sd('lymphodepletion-procedure'),
	lymphodepletionDrug: sd('lymphodepletion-drug-administration'),
	hsct: sd('hsct-procedure'),
	conditioning: sd('conditioning-procedure'),
	gvhdProphylaxis: sd('gvhd-prophylaxis-procedure'),
	diseaseStatus: sd('disease-status-observation'),
	engraftment: sd('engraftment-observation'),
	ballCondition: sd('ball-condition'),
	gvhdCondition: sd('gvhd-condition'),
	complication: sd('complication-condition'),
	adverseEvent: sd('ctcae-adverse-event'),
};
const CODE = {
	protocolCategory: `${SCT}|716872004`,
	hsct: `${SCT}|234336002`,
	conditioning: `${LOCAL_CODE_SYSTEM}|conditioning-regimen`,
	lymphodepletion: `${LOCAL_CODE_SYSTEM}|lymphodepletion`,
	gvhdProphylaxis: `${SCT}|868254008`,
	diseaseStatus: `${LOINC}|97509-4`,
	engraftment: `${LOCAL_CODE_SYSTEM}|engraftment`,
	gvhd: [`${SCT}|402355000`, `${SCT}|402356004`, `${SCT}|234646005`],
	ball: `${SCT}|277571004`,
	dayPostHsct: `${LOCAL_CODE_SYSTEM}|day-post-hsct`,
	engraftmentLineage: `${LOCAL_CODE_SYSTEM}|engraftment-lineage`,
	diseasePhase: `${LOCAL_CODE_SYSTEM}|disease-phase`,
	courseNumber: [`${LOCAL_CODE_SYSTEM}|remission-number`, `${LOCAL_CODE_SYSTEM}|relapse-number`],
	mrdStatus: `${LOCAL_CODE_SYSTEM}|mrd-status`,
};
const EXT = {
	transplantNumber: sd('transplant-number'),
	donorType: sd('donor-type'),
	conditioningIntensity: sd('conditioning-intensity'),
	reducedToxicity: sd('reduced-toxicity-conditioning'),
	ctcaeGrade: sd('ctcae-grade'),
	astctGrade: sd('astct-grade'),
};

// --- dates -----------------------------------------------------------------------------------------------------

/**
 * A FHIR date or dateTime as the interval it stands for: '2019' is the whole year, '2019-05' the month,
 * '2019-05-14' the day. `start` and `end` are epoch milliseconds (end exclusive); `text` is the date as recorded.
 */
export function fhirDate(text) {
	if (typeof text !== 'string') return null;
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (m) {
		const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : null, m[3] ? Number(m[3]) : null];
		if (month === null) return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), text };
		if (day === null) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1), text };
		return { start: Date.UTC(year, month, day), end: Date.UTC(year, month, day + 1), text };
	}
	const instant = Date.parse(text);
	if (Number.isNaN(instant)) return null;
	return { start: instant, end: instant + 1, text };
}

const DAY = 86400000;

/** For a date less precise than a day ('2019-05'), the end of the interval it names; otherwise null. */
function vague(time) {
	return time.end !== null && time.end - time.start > DAY ? time.end : null;
}

/** The time of a resource as a point and, when it has one, a period: { start, end, text, period }. */
function when(point, period) {
	const at = fhirDate(point);
	if (at) return { start: at.start, end: at.end, text: at.text, period: false };
	if (!period) return null;
	const from = fhirDate(period.start);
	const to = fhirDate(period.end);
	if (!from && !to) return null;
	if (!from) return { start: to.start, end: to.end, text: `until ${to.text}`, period: false };
	return {
		start: from.start,
		end: to ? to.end : null,
		text: to ? (to.text === from.text ? from.text : `${from.text} to ${to.text}`) : `${from.text}, ongoing`,
		period: true,
		endText: to?.text ?? null,
		endStart: to?.start ?? null,
	};
}

// --- codes and values ------------------------------------------------------------------------------------------

function claims(resource, ...profiles) {
	const claimed = (resource.meta?.profile ?? []).map((p) => p.split('|')[0]);
	return profiles.some((p) => claimed.includes(p));
}

function codings(concept) {
	return (concept?.coding ?? []).map((c) => `${c.system}|${c.code}`);
}

function hasCode(concept, ...codes) {
	return codings(concept).some((c) => codes.includes(c));
}

/** The words for a CodeableConcept: its text, else the first coding's display, else its code. */
export function conceptText(concept) {
	if (!concept) return '';
	if (concept.text) return concept.text;
	const coding = (concept.coding ?? []).find((c) => c.display) ?? concept.coding?.[0];
	return coding?.display ?? coding?.code ?? '';
}

function extension(resource, url) {
	return (resource.extension ?? []).find((e) => e.url === url);
}

const SUPERSCRIPT = { 0: '⁰', 1: '¹', 2: '²', 3: '³', 4: '⁴', 5: '⁵', 6: '⁶', 7: '⁷', 8: '⁸', 9: '⁹', '-': '⁻' };

/** A UCUM unit for people: 10*9/L as 10⁹/L, mg/m2 as mg/m². */
export function unitText(quantity) {
	const unit = quantity?.unit ?? quantity?.code ?? '';
	return unit
		.replace(/10\*(-?\d+)/g, (_, power) => `10${[...power].map((d) => SUPERSCRIPT[d]).join('')}`)
		.replace(/([a-zA-Z])2\b/g, '$1²');
}

/** A quantity's value as written, with its comparator (e.g. "<0.01"). */
function quantityText(quantity) {
	return `${quantity.comparator ?? ''}${quantity.value}`;
}

function doseText(administration) {
	const dose = administration.dosage?.dose;
	if (dose?.value === undefined) return '';
	return `${quantityText(dose)} ${unitText(dose)}`.trim();
}

function drugName(administration) {
	const name = conceptText(administration.medicationCodeableConcept) || administration.medicationReference?.display || 'Drug';
	return name.charAt(0).toUpperCase() + name.slice(1);
}

function reference(resource) {
	return `${resource.resourceType}/${resource.id}`;
}

/** `Type/id` of a reference, whether relative or absolute. */
function target(ref) {
	const parts = (ref?.reference ?? '').split('/');
	return parts.length >= 2 ? `${parts.at(-2)}/${parts.at(-1)}` : null;
}

function isRefuted(condition) {
	return hasCode(
		condition.verificationStatus,
		'http://terminology.hl7.org/CodeSystem/condition-ver-status|refuted',
		'http://terminology.hl7.org/CodeSystem/condition-ver-status|entered-in-error',
	);
}

// --- the model -------------------------------------------------------------------------------------------------

/**
 * The timeline of one patient from the resources of its record (Patient/$everything).
 *
 * Returns { patient, series: [{ key, name, panel, points }], lanes: [{ key, name, markers, items }], transplants,
 * notPlaced: [{ what, why, ref }], notDrawn: [{ what, count }], first, last } where a point is
 * { t, until, date, y, text, unit, coded, ref } and an item { lane, kind: 'period' | 'point' | 'stop' | 'marker',
 * start, end, until, date, label, details, category, ref, parent }. `until` is the end of the interval a date less
 * precise than a day stands for ('2019-05': the end of May), else null.
 */
export function buildTimeline(patient, resources) {
	const byRef = new Map(resources.map((r) => [reference(r), r]));
	const series = SERIES.map((s) => ({ key: s.key, name: s.name, panel: s.panel, points: [] }));
	const lanes = LANES.map((l) => ({ ...l, items: [] }));
	const lane = (key) => lanes.find((l) => l.key === key);
	const transplants = [];
	const notPlaced = [];
	const notDrawn = new Map();
	const skip = (resource, what) => notDrawn.set(what, (notDrawn.get(what) ?? 0) + 1);

	const addItem = (laneKey, resource, time, label, details, category) => {
		const item = {
			lane: laneKey,
			kind: lane(laneKey).markers ? 'marker' : time.period ? 'period' : 'point',
			start: time.start,
			end: time.period ? time.end : null,
			until: time.period ? null : vague(time),
			date: time.text,
			label,
			details: details.filter(Boolean),
			category: category ?? laneKey,
			ref: reference(resource),
		};
		lane(laneKey).items.push(item);
		return item;
	};
	const unplaceable = (resource, what) => notPlaced.push({ what, why: 'no date', ref: reference(resource) });

	for (const resource of resources) {
		switch (resource.resourceType) {
			case 'Observation':
				observation(resource);
				break;
			case 'MedicationAdministration':
				administration(resource);
				break;
			case 'Procedure':
				procedure(resource);
				break;
			case 'CarePlan':
				carePlan(resource);
				break;
			case 'Condition':
				condition(resource);
				break;
			case 'AdverseEvent':
				adverseEvent(resource);
				break;
			case 'Patient':
				break;
			default:
				skip(resource, resource.resourceType);
		}
	}

	function observation(obs) {
		const time = when(obs.effectiveDateTime ?? obs.effectiveInstant ?? obs.issued, obs.effectivePeriod);
		const definition = SERIES.find((s) => claims(obs, ...s.profiles)) ?? SERIES.find((s) => hasCode(obs.code, ...s.codes));
		if (definition) {
			const what = definition.name;
			if (!time) return unplaceable(obs, what);
			const point = seriesPoint(obs, definition);
			if (!point) return notPlaced.push({ what, why: 'no value that can be drawn', ref: reference(obs) });
			series.find((s) => s.key === definition.key).points.push({ t: time.start, until: vague(time), date: time.text, ...point, ref: reference(obs) });
			return;
		}
		if (claims(obs, PROFILE.diseaseStatus) || hasCode(obs.code, CODE.diseaseStatus)) {
			if (!time) return unplaceable(obs, 'Disease status');
			const phase = (obs.component ?? []).find((c) => hasCode(c.code, CODE.diseasePhase));
			const byPhase = PHASES[codings(phase?.valueCodeableConcept).find((c) => PHASES[c])];
			const byValue = STATUSES[codings(obs.valueCodeableConcept).find((c) => STATUSES[c])];
			const [category, phaseLabel] = byPhase ?? byValue ?? ['undetermined', conceptText(obs.valueCodeableConcept) || 'Disease status'];
			const number = (obs.component ?? []).find((c) => hasCode(c.code, ...CODE.courseNumber));
			const numberLabel = COURSE_NUMBERS[codings(number?.valueCodeableConcept).find((c) => COURSE_NUMBERS[c])];
			const label = numberLabel ? `${phaseLabel} (${numberLabel})` : phaseLabel;
			const mrd = (obs.component ?? []).find((c) => hasCode(c.code, CODE.mrdStatus));
			const details = [
				conceptText(obs.valueCodeableConcept),
				phase ? `Phase: ${conceptText(phase.valueCodeableConcept)}` : null,
				number ? conceptText(number.valueCodeableConcept) : null,
				mrd ? `MRD: ${conceptText(mrd.valueCodeableConcept)}` : null,
			];
			addItem('diseaseStatus', obs, time, label, details, category);
			return;
		}
		if (claims(obs, PROFILE.engraftment) || hasCode(obs.code, CODE.engraftment)) {
			if (!time) return unplaceable(obs, 'Engraftment');
			const day = (obs.component ?? []).find((c) => hasCode(c.code, CODE.dayPostHsct))?.valueInteger;
			// Neutrophil or platelet engraftment (EngraftmentLineageVS); without the component, engraftment as reported.
			const lineage = conceptText((obs.component ?? []).find((c) => hasCode(c.code, CODE.engraftmentLineage))?.valueCodeableConcept);
			const what = lineage || 'Engraftment';
			const engrafted = obs.valueBoolean !== false;
			const label = `${engrafted ? what : `No ${what.toLowerCase()}`}${day !== undefined ? ` D+${day}` : ''}`;
			addItem('engraftment', obs, time, label, [], engrafted ? 'engraftment' : 'graft-failure');
			return;
		}
		skip(obs, `Observation: ${conceptText(obs.code) || 'other'}`);
	}

	/** { y, text, unit, coded } for a series Observation, or null when its value cannot be drawn. */
	function seriesPoint(obs, definition) {
		const q = obs.valueQuantity;
		if (q && typeof q.value === 'number') return { y: q.value, text: quantityText(q), unit: unitText(q), coded: false };
		const code = codings(obs.valueCodeableConcept).find((c) => definition.codedPositions?.[c] !== undefined);
		if (code) {
			return { y: definition.codedPositions[code], text: conceptText(obs.valueCodeableConcept), unit: '', coded: true };
		}
		return null;
	}

	function administration(ma) {
		const time = when(ma.effectiveDateTime, ma.effectivePeriod);
		const name = drugName(ma);
		const dose = doseText(ma);
		let laneKey = null;
		let parent = null;
		let partOfUnknown = false;
		if (claims(ma, PROFILE.transplantDrug)) {
			parent = (ma.partOf ?? []).map((ref) => byRef.get(target(ref))).find(Boolean) ?? null;
			const parentLane = parent ? procedureLane(parent) : null;
			partOfUnknown = parentLane !== 'conditioning' && parentLane !== 'gvhdProphylaxis';
			laneKey = partOfUnknown ? 'conditioning' : parentLane;
		} else if (claims(ma, PROFILE.immunotherapy, PROFILE.carT)) {
			laneKey = 'immunotherapy';
		} else if (claims(ma, PROFILE.lymphodepletionDrug)) {
			// Lymphodepletion before CAR-T cells is chemotherapy, listed on its Procedure.
			parent = (ma.partOf ?? []).map((ref) => byRef.get(target(ref))).find(Boolean) ?? null;
			laneKey = 'chemotherapy';
		} else if (claims(ma, PROFILE.cancerDrug)) {
			laneKey = 'chemotherapy';
		}
		if (!laneKey) return skip(ma, `MedicationAdministration: ${name}`);
		if (!time) return unplaceable(ma, name);
		const item = addItem(laneKey, ma, time, dose ? `${name} ${dose}` : name, [
			dose ? `Dose: ${dose}` : null,
			statusText(ma.status),
			partOfUnknown ? 'The procedure it is part of is not in the record' : null,
		]);
		item.parent = parent ? reference(parent) : null;
		// When an immunosuppressant of a GvHD prophylaxis stops is a fact of its own (e.g. tacrolimus by D+100).
		if (laneKey === 'gvhdProphylaxis' && time.period && time.endText) {
			const stop = addItem(laneKey, ma, { start: time.endStart, end: null, text: time.endText, period: false }, `${name} stopped`, [], 'stop');
			stop.kind = 'stop';
			stop.parent = item.ref;
		}
	}

	function procedureLane(proc) {
		if (claims(proc, PROFILE.hsct) || hasCode(proc.code, CODE.hsct)) return 'hsct';
		if (claims(proc, PROFILE.conditioning) || hasCode(proc.code, CODE.conditioning)) return 'conditioning';
		if (claims(proc, PROFILE.gvhdProphylaxis) || hasCode(proc.code, CODE.gvhdProphylaxis)) return 'gvhdProphylaxis';
		if (claims(proc, PROFILE.lymphodepletion) || hasCode(proc.code, CODE.lymphodepletion)) return 'chemotherapy';
		return null;
	}

	function procedure(proc) {
		const laneKey = procedureLane(proc);
		if (!laneKey) return skip(proc, `Procedure: ${conceptText(proc.code) || 'other'}`);
		const time = when(proc.performedDateTime, proc.performedPeriod);
		if (laneKey === 'hsct') {
			const number = extension(proc, EXT.transplantNumber)?.valuePositiveInt;
			const label = number ? `HSCT #${number}` : 'HSCT';
			if (!time) return unplaceable(proc, label);
			const details = [
				conceptText(extension(proc, EXT.donorType)?.valueCodeableConcept),
				conceptText(extension(proc, EXT.conditioningIntensity)?.valueCodeableConcept),
				extension(proc, EXT.reducedToxicity)?.valueBoolean === true ? 'reduced toxicity' : null,
			];
			const item = addItem('hsct', proc, { ...time, period: false }, label, details);
			transplants.push({ t: time.start, date: time.text, label, ref: item.ref });
			return;
		}
		const name = { conditioning: 'Conditioning', gvhdProphylaxis: 'GvHD prophylaxis', chemotherapy: 'Lymphodepletion' }[laneKey];
		if (!time) return unplaceable(proc, name);
		const used = (proc.usedCode ?? []).map(conceptText).filter(Boolean);
		addItem(laneKey, proc, time, name, [used.length ? `Uses: ${used.join(', ')}` : null]);
	}

	function carePlan(plan) {
		if (!claims(plan, PROFILE.protocol) && !(plan.category ?? []).some((c) => hasCode(c, CODE.protocolCategory))) {
			return skip(plan, 'CarePlan');
		}
		const name = plan.title ?? 'Treatment protocol';
		const time = when(null, plan.period);
		if (!time) return unplaceable(plan, name);
		addItem('protocols', plan, time, name, [plan.description]);
	}

	function condition(cond) {
		const name = conceptText(cond.code) || 'Condition';
		const time = when(cond.onsetDateTime ?? cond.recordedDate, cond.onsetPeriod);
		let laneKey;
		let label = name;
		if (claims(cond, PROFILE.ballCondition) || hasCode(cond.code, CODE.ball)) {
			laneKey = 'diseaseStatus';
			label = 'Diagnosis';
		} else if (claims(cond, PROFILE.gvhdCondition) || hasCode(cond.code, ...CODE.gvhd)) {
			laneKey = 'gvhd';
		} else if (claims(cond, PROFILE.complication)) {
			laneKey = 'adverseEvents';
		} else {
			return skip(cond, `Condition: ${name}`);
		}
		if (isRefuted(cond)) return notPlaced.push({ what: name, why: 'ruled out', ref: reference(cond) });
		if (!time) return unplaceable(cond, name);
		const severity = conceptText(cond.severity);
		// A GvHD's MAGIC grade or NIH global severity (GvhdCondition.stage.summary; the display names the system).
		const grades = (cond.stage ?? []).filter((s) => s.summary).map((s) => `Grade: ${conceptText(s.summary)}`);
		addItem(laneKey, cond, time, label, [label === name ? null : name, severity ? `Severity: ${severity}` : null, ...grades], laneKey === 'diseaseStatus' ? 'diagnosis' : laneKey);
	}

	function adverseEvent(event) {
		const name = conceptText(event.event) || 'Adverse event';
		if (event.actuality === 'potential') return notPlaced.push({ what: name, why: 'potential, not actual', ref: reference(event) });
		const time = when(event.date ?? event.detected ?? event.recordedDate, null);
		if (!time) return unplaceable(event, name);
		// A CTCAE grade, or an ASTCT grade for cytokine release syndrome and ICANS.
		const ctcae = conceptText(extension(event, EXT.ctcaeGrade)?.valueCodeableConcept);
		const astct = conceptText(extension(event, EXT.astctGrade)?.valueCodeableConcept);
		const grade = ctcae || astct;
		const shortGrade = /grade \d/i.exec(grade)?.[0];
		const gradeText = ctcae ? `CTCAE: ${ctcae}` : astct ? `ASTCT: ${astct}` : null;
		addItem('adverseEvents', event, time, shortGrade ? `${name}, ${shortGrade.toLowerCase()}` : name, [gradeText, conceptText(event.outcome) ? `Outcome: ${conceptText(event.outcome)}` : null]);
	}

	function statusText(status) {
		return status && status !== 'completed' ? `Status: ${status}` : null;
	}

	for (const s of series) s.points.sort((a, b) => a.t - b.t);
	for (const l of lanes) l.items.sort((a, b) => a.start - b.start);
	transplants.sort((a, b) => a.t - b.t);
	// Drugs of a conditioning or prophylaxis are listed on their procedure too.
	for (const l of lanes) {
		for (const item of l.items.filter((i) => i.kind !== 'stop')) {
			const drugs = l.items.filter((other) => other.parent === item.ref && other.kind !== 'stop');
			if (drugs.length) item.details.push(`Drugs: ${drugs.map((d) => d.label).join('; ')}`);
		}
	}

	const times = [
		...series.flatMap((s) => s.points.map((p) => p.t)),
		...lanes.flatMap((l) => l.items.flatMap((i) => (i.end ? [i.start, i.end] : [i.start]))),
	];
	return {
		patient,
		series,
		lanes,
		transplants,
		notPlaced,
		notDrawn: [...notDrawn].map(([what, count]) => ({ what, count })).sort((a, b) => a.what.localeCompare(b.what)),
		first: times.length ? Math.min(...times) : null,
		last: times.length ? Math.max(...times) : null,
	};
}

/** True when the timeline has nothing to draw. */
export function isEmpty(timeline) {
	return timeline.series.every((s) => s.points.length === 0) && timeline.lanes.every((l) => l.items.length === 0);
}
