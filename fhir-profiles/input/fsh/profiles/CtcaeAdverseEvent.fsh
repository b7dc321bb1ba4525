Profile: CtcaeAdverseEvent
Parent: AdverseEvent
Id: ctcae-adverse-event
Title: "CTCAE Adverse Event"
Description: "A harmful event during leukaemia therapy, transplant or cellular therapy, named with a CTCAE term (NCI Thesaurus code, e.g. Platelet count decreased) and graded 1–5 under CTCAE in the ctcae-grade extension; or cytokine release syndrome or ICANS after CAR-T cells, graded 1–4 under the ASTCT consensus (Lee et al. 2019) in the astct-grade extension instead. Exactly one grade is present (ball-hsct-30); an ASTCT grade only for CRS or ICANS (ball-hsct-31). AdverseEvent.severity (mild | moderate | severe) is not used. The suspected cause is a drug administration (e.g. the CAR-T cells) or a Procedure."
* insert ProfileMetadata
* obeys ball-hsct-30 and ball-hsct-31
* extension contains
    CtcaeGrade named ctcaeGrade 0..1 MS and
    AstctGrade named astctGrade 0..1 MS
* extension[ctcaeGrade] ^short = "CTCAE grade 1–5 (every event except CRS and ICANS)"
* extension[astctGrade] ^short = "ASTCT grade 1–4 (cytokine release syndrome or ICANS)"
* actuality MS
* event 1..1 MS
* event from CtcaeTermVS (preferred)
* event ^short = "CTCAE term (NCI Thesaurus code), or local CRS / ICANS code"
* subject MS
* subject only Reference(Patient)
* date MS
* date ^short = "When the event occurred (onset)"
* severity 0..0
* outcome MS
* suspectEntity MS
* suspectEntity.instance MS
* suspectEntity.instance ^short = "The drug administration or procedure suspected"
