CodeSystem: HsctLocalCS
Id: hsct-local-cs
Title: "HSCT Local Codes"
Description: """
Concepts this guide needs but could not find, or could not confirm, in SNOMED CT, LOINC or ICD-O-3:
the haploidentical transplant, conditioning and its intensity, donor types, graft manipulation,
measurable residual disease by flow cytometry, chimerism, engraftment, cerebrospinal fluid findings,
immunophenotype markers and their expression, and post-transplant complications.
Each code is a placeholder until a verified standard code is adopted; a standard coding may be sent
alongside it in the same CodeableConcept.
"""
* insert ArtifactMetadata
* ^caseSensitive = true
* ^content = #complete
* ^copyright = "CC0-1.0. Free to use without restriction."

// Transplant
* #haplo-allo-hsct "Allogeneic haploidentical hematopoietic stem cell transplantation" "Infusion of haematopoietic stem cells from a related donor who shares one HLA haplotype with the recipient (haploidentical), after conditioning."
* #conditioning-regimen "Conditioning regimen before HSCT" "The course of chemotherapy (with or without irradiation or serotherapy) given in the days before a haematopoietic stem cell transplant to eradicate disease and allow the graft to engraft."

// Conditioning intensity
* #mac "Myeloablative conditioning" "Conditioning expected to cause irreversible marrow aplasia without stem cell rescue."
* #ric "Reduced-intensity conditioning" "Conditioning of lower intensity than myeloablative that still causes prolonged cytopenia and usually needs stem cell support."
* #reduced-toxicity "Reduced-toxicity conditioning" "Myeloablative-intensity conditioning built from agents chosen for lower organ toxicity (for example treosulfan- or fludarabine/busulfan-based). Recorded as reported, not mapped to reduced intensity."
* #nma "Non-myeloablative conditioning" "Conditioning that causes minimal cytopenia and could allow autologous recovery without a transplant."

// Donor type
* #haploidentical "Haploidentical related donor" "A related donor who shares exactly one HLA haplotype with the recipient."
* #matched-related "HLA-matched related donor" "A related donor (usually a sibling) who is HLA-identical with the recipient."
* #matched-unrelated "HLA-matched unrelated donor" "An unrelated registry donor who matches the recipient at the HLA loci tested."
* #mismatched-related "HLA-mismatched related donor" "A related donor who is HLA-mismatched with the recipient but not haploidentical."
* #mismatched-unrelated "HLA-mismatched unrelated donor" "An unrelated registry donor with one or more HLA mismatches with the recipient."

// Graft manipulation and GvHD prophylaxis methods
* #tcrab-depletion "Ex vivo TCRαβ+ T-cell depletion" "Removal of T cells bearing the alpha-beta T-cell receptor from the graft in the laboratory before infusion, as prophylaxis against graft-versus-host disease."
* #cd34-selection "Ex vivo CD34+ selection" "Positive selection of CD34+ haematopoietic progenitor cells from the graft in the laboratory before infusion."
* #cd45ra-depletion "Ex vivo CD45RA+ depletion" "Removal of naive (CD45RA+) T cells from the graft in the laboratory before infusion."
* #ptcy "Post-transplant cyclophosphamide" "High-dose cyclophosphamide given in the first days after transplant to eliminate alloreactive T cells, as prophylaxis against graft-versus-host disease."

// Measurable residual disease
* #mrd-flow "MRD by flow cytometry" "Measurable (minimal) residual disease of B-cell acute lymphoblastic leukaemia measured by flow cytometry, as the percentage of leukaemic cells."
* #multicolour-flow-cytometry "Multicolour flow cytometry" "Flow cytometry with a panel of several fluorochrome-labelled antibodies measured together."

// Chimerism and engraftment
* #donor-chimerism "Donor chimerism" "Proportion of haematopoietic cells of donor origin after allogeneic transplant."
* #complete-donor-chimerism "Complete donor chimerism" "All, or all but a trace below the laboratory threshold, of the tested cells are of donor origin."
* #mixed-chimerism "Mixed chimerism" "Both donor and recipient cells are detected above the laboratory threshold."
* #recipient-chimerism "Complete recipient chimerism" "No donor cells are detected: loss of the graft or autologous reconstitution."
* #str-pcr "Short tandem repeat PCR" "Chimerism measured by PCR amplification of short tandem repeat markers that differ between donor and recipient."
* #engraftment "Engraftment" "Recovery of donor-derived haematopoiesis after transplant, as defined by the transplant centre (usually sustained neutrophil recovery)."
* #day-post-hsct "Day after transplant" "Number of days after the day of transplant (day 0) on which the event was documented (the D+n of transplant reports)."

// Cerebrospinal fluid
* #csf-exam "Cerebrospinal fluid examination" "Examination of cerebrospinal fluid for leukaemic involvement of the central nervous system (cell count and cytology)."
* #csf-normal "Cerebrospinal fluid normal" "Cerebrospinal fluid cell count and cytology within normal limits; no leukaemic blasts seen."
* #csf-blasts-detected "Leukaemic blasts in cerebrospinal fluid" "Leukaemic blasts are seen in the cerebrospinal fluid."

// Cytogenetics, molecular and disease course
* #molecular-screen "Molecular genetic screening (targets not reported)" "Screening of leukaemic cells for recurrent molecular genetic abnormalities, where the targets tested are not reported."
* #disease-phase "Disease phase" "Phase of the disease course at the time of the status assessment (for example remission, relapse or refractory disease)."

// Complications
* #post-hsct-lymphopenia "Post-transplant lymphopenia" "Low blood lymphocyte count persisting after haematopoietic stem cell transplant."

// Immunophenotype markers (flow cytometry of leukaemic blasts)
* #cd45 "CD45 on leukaemic blasts" "Expression of CD45 (leukocyte common antigen) on the leukaemic blast population."
* #cd19 "CD19 on leukaemic blasts" "Expression of CD19 (B-lineage antigen, target of blinatumomab) on the leukaemic blast population."
* #cd10 "CD10 on leukaemic blasts" "Expression of CD10 (CALLA) on the leukaemic blast population."
* #cd34 "CD34 on leukaemic blasts" "Expression of CD34 (progenitor antigen) on the leukaemic blast population."
* #cd38 "CD38 on leukaemic blasts" "Expression of CD38 on the leukaemic blast population."
* #cd22 "CD22 on leukaemic blasts" "Expression of CD22 (B-lineage antigen, target of inotuzumab ozogamicin) on the leukaemic blast population."
* #cd20 "CD20 on leukaemic blasts" "Expression of CD20 on the leukaemic blast population."

// Marker expression
* #positive "Positive" "The marker is expressed on the leukaemic blasts."
* #negative "Negative" "The marker is not expressed on the leukaemic blasts."
* #dim "Dim" "The marker is expressed at lower intensity than on normal cells of the same lineage."
* #bright "Bright" "The marker is expressed at higher intensity than on normal cells of the same lineage."

// Issue 18 (disease, MRD, immunophenotype, chimerism): genetic subtypes of B-ALL (WHO-HAEM5 / ICC 2022 names)
* #ball-genetic-subtype "B-ALL genetic subtype" "The recurrent genetic abnormality of B-ALL that a test looked for (and found or did not find): a fusion, a rearrangement, a ploidy group or a copy-number change."
* #bcr-abl1 "BCR::ABL1 fusion" "Fusion of BCR (22q11) with ABL1 (9q34), usually from t(9;22)(q34;q11) (Philadelphia chromosome); p190 or p210 transcript."
* #bcr-abl1-like "BCR::ABL1-like (Ph-like) B-ALL" "B-ALL with a gene-expression profile like BCR::ABL1-positive B-ALL but without the fusion, typically with a kinase-activating lesion (ABL-class fusion, JAK2 or EPOR rearrangement, CRLF2 rearrangement with JAK-STAT mutation, …)."
* #kmt2a-r "KMT2A rearrangement" "Rearrangement of KMT2A (MLL) at 11q23.3 with any partner gene (AFF1, MLLT1, MLLT3, …)."
* #etv6-runx1 "ETV6::RUNX1 fusion" "Fusion of ETV6 (12p13) with RUNX1 (21q22), from the cryptic t(12;21)(p13;q22)."
* #etv6-runx1-like "ETV6::RUNX1-like B-ALL" "B-ALL with an ETV6::RUNX1-like expression profile without the fusion (ICC 2022 provisional entity)."
* #high-hyperdiploidy "High hyperdiploidy" "Leukaemic clone with 51 to 67 chromosomes, typically without structural rearrangements."
* #hypodiploidy "Hypodiploidy" "Leukaemic clone with fewer than 46 chromosomes; near-haploid (24–31) and low-hypodiploid (32–39) clones carry the worst prognosis. A masked (doubled) hypodiploid clone counts as hypodiploid."
* #iamp21 "Intrachromosomal amplification of chromosome 21 (iAMP21)" "Amplification of a region of chromosome 21 including RUNX1: five or more RUNX1 signals per interphase nucleus, or three or more on one abnormal chromosome 21, by FISH."
* #tcf3-pbx1 "TCF3::PBX1 fusion" "Fusion of TCF3 (19p13) with PBX1 (1q23), usually from t(1;19)(q23;p13)."
* #tcf3-hlf "TCF3::HLF fusion" "Fusion of TCF3 (19p13) with HLF (17q22), from t(17;19)(q22;p13)."
* #igh-il3 "IGH::IL3 rearrangement" "Juxtaposition of IL3 (5q31) with the IGH locus (14q32), from t(5;14)(q31;q32)."
* #dux4-r "DUX4 rearrangement" "Rearrangement of DUX4, usually with IGH, often with ERG deletion."
* #mef2d-r "MEF2D rearrangement" "Fusion of MEF2D (1q22) with a partner gene (BCL9, HNRNPUL1, …)."
* #znf384-r "ZNF384 rearrangement" "Fusion of ZNF384 (12p13) with a partner gene (TCF3, EP300, TAF15, …)."
* #pax5alt "PAX5 alteration (PAX5alt)" "B-ALL defined by PAX5 rearrangement, intragenic amplification or mutation, other than PAX5 P80R."
* #crlf2-r "CRLF2 rearrangement" "Overexpression of CRLF2 from IGH::CRLF2 or P2RY8::CRLF2; a lesion of BCR::ABL1-like B-ALL."
* #ikzf1-deletion "IKZF1 deletion" "Deletion of IKZF1 (7p12), whole-gene or intragenic; an adverse prognostic marker (IKZF1plus when combined with CDKN2A/B, PAX5 or PAR1 deletion)."
* #rt-pcr "Reverse-transcription PCR" "Detection of a fusion transcript by PCR of complementary DNA made from the leukaemic cells' RNA (qualitative or quantitative)."

// Issue 18: disease course (remission and relapse number, primary refractory disease, MRD status at assessment)
* #remission-number "Complete remission number" "Which complete remission of the disease course this is: first, second, third or later (CIBMTR and EBMT status categories)."
* #cr1 "First complete remission (CR1)" "The first complete remission of the disease course."
* #cr2 "Second complete remission (CR2)" "The complete remission reached after the first relapse."
* #cr3-or-later "Third or later complete remission (CR3+)" "A complete remission reached after the second or a later relapse."
* #relapse-number "Relapse number" "Which relapse of the disease course this is: first, second, third or later."
* #relapse-1 "First relapse" "The first recurrence of the disease after a complete remission."
* #relapse-2 "Second relapse" "The recurrence of the disease after the second complete remission."
* #relapse-3-or-later "Third or later relapse" "The recurrence of the disease after the third or a later complete remission."
* #primary-refractory "Primary refractory disease (primary induction failure)" "No complete remission was ever reached with induction therapy (CIBMTR primary induction failure, EBMT primary refractory). Distinct from a relapse that does not respond to treatment."
* #mrd-status "MRD status at the assessment" "Whether measurable residual disease was detected at this disease-status assessment (the MRD result itself goes in derivedFrom)."

// Issue 18: measurable residual disease by flow cytometry, PCR and NGS
* #mrd "Measurable residual disease" "Leukaemic cells remaining below the level seen by morphology, measured by flow cytometry, quantitative PCR or next-generation sequencing; the method says which."
* #mrd-pcr "MRD by quantitative PCR" "Measurable residual disease measured by quantitative PCR: reverse-transcription PCR of a fusion transcript (for example BCR::ABL1 / ABL1) or allele-specific PCR of clonal IG/TR rearrangements."
* #mrd-ngs "MRD by next-generation sequencing" "Measurable residual disease measured by next-generation sequencing of clonal IG/TR rearrangements (clonoSEQ-like assays)."
* #mrd-sensitivity "MRD assay sensitivity (limit of detection)" "The lowest level of leukaemic cells the assay could detect in this sample, as a fraction or percent of cells (for example 1E-4 = 0.01 %)."
* #mrd-target "MRD target" "What the assay followed: leukaemia-associated immunophenotype, a fusion transcript, or a clonal IG/TR rearrangement."
* #ig-tr-rearrangement "Clonal IG/TR gene rearrangement" "A patient-specific rearrangement of an immunoglobulin or T-cell receptor gene of the leukaemic clone, used as an MRD target."
* #leukaemia-associated-immunophenotype "Leukaemia-associated immunophenotype" "The aberrant antigen pattern of the leukaemic blasts that flow cytometry follows (or the different-from-normal approach)."
* #mrd-positive-not-quantifiable "Positive, not quantifiable" "Leukaemic signal detected below the quantitative range of the assay (EuroMRD 'positive, not quantifiable')."
* #rt-qpcr "Reverse-transcription quantitative PCR" "Quantitative PCR of a fusion transcript from complementary DNA, reported as a ratio to a control gene transcript (for example BCR::ABL1 / ABL1)."
* #ig-tr-qpcr "Allele-specific quantitative PCR of IG/TR rearrangements" "Quantitative PCR with primers specific to the leukaemic clone's IG/TR rearrangements (EuroMRD method)."
* #ig-tr-ngs "Next-generation sequencing of IG/TR rearrangements" "Sequencing of IG/TR gene rearrangements to find and count the leukaemic clonotypes."

// Issue 18: immunophenotype markers (flow cytometry of leukaemic blasts) beyond the seven above
* #cd13 "CD13 on leukaemic blasts" "Expression of CD13 (myeloid antigen) on the leukaemic blast population."
* #cd15 "CD15 on leukaemic blasts" "Expression of CD15 (myeloid antigen; with CD65 typical of KMT2A-rearranged B-ALL) on the leukaemic blast population."
* #cd24 "CD24 on leukaemic blasts" "Expression of CD24 on the leukaemic blast population (often negative in KMT2A-rearranged pro-B ALL)."
* #cd33 "CD33 on leukaemic blasts" "Expression of CD33 (myeloid antigen) on the leukaemic blast population."
* #cd58 "CD58 on leukaemic blasts" "Expression of CD58 on the leukaemic blast population (an MRD marker)."
* #cd65 "CD65 on leukaemic blasts" "Expression of CD65 (myeloid antigen) on the leukaemic blast population."
* #cd66c "CD66c on leukaemic blasts" "Expression of CD66c on the leukaemic blast population (associated with BCR::ABL1 and hyperdiploidy)."
* #cd79a "CD79a on leukaemic blasts" "Expression of CD79a (B-lineage antigen), staining not stated, on the leukaemic blast population."
* #cy-cd79a "Cytoplasmic CD79a on leukaemic blasts" "Cytoplasmic expression of CD79a (B-lineage assignment marker) in the leukaemic blast population."
* #cd81 "CD81 on leukaemic blasts" "Expression of CD81 on the leukaemic blast population (an MRD marker)."
* #cd9 "CD9 on leukaemic blasts" "Expression of CD9 on the leukaemic blast population."
* #cd123 "CD123 on leukaemic blasts" "Expression of CD123 (IL-3 receptor alpha) on the leukaemic blast population."
* #ng2 "NG2 (7.1) on leukaemic blasts" "Expression of NG2 (CSPG4, antibody 7.1) on the leukaemic blast population; associated with KMT2A rearrangement."
* #tdt "TdT in leukaemic blasts" "Nuclear terminal deoxynucleotidyl transferase in the leukaemic blast population."
* #cy-mu "Cytoplasmic mu heavy chain in leukaemic blasts" "Cytoplasmic immunoglobulin mu heavy chain in the leukaemic blast population (pre-B stage)."
* #cd117 "CD117 on leukaemic blasts" "Expression of CD117 (KIT) on the leukaemic blast population."
* #cd7 "CD7 on leukaemic blasts" "Expression of CD7 (T/NK antigen) on the leukaemic blast population."
* #cy-cd3 "Cytoplasmic CD3 in leukaemic blasts" "Cytoplasmic CD3 (T-lineage assignment marker) in the leukaemic blast population."
* #mpo "Myeloperoxidase in leukaemic blasts" "Myeloperoxidase (myeloid-lineage assignment marker) in the leukaemic blast population."
* #partial "Partial" "The marker is expressed on part of the leukaemic blast population only."

// Issue 18: chimerism by lineage and method
* #chimerism-lineage "Chimerism cell fraction" "The cell population whose donor origin was measured: unsorted cells or a sorted lineage."
* #unsorted-cells "Unsorted cells (whole blood or whole marrow)" "Chimerism measured on all nucleated cells of the sample without lineage sorting."
* #t-cells-cd3 "T cells (CD3+)" "Chimerism measured on CD3-selected T cells."
* #myeloid-cells "Myeloid cells (CD33+ or CD15+)" "Chimerism measured on CD33- or CD15-selected myeloid cells (granulocytes)."
* #b-cells-cd19 "B cells (CD19+)" "Chimerism measured on CD19-selected B cells."
* #nk-cells-cd56 "NK cells (CD56+)" "Chimerism measured on CD56-selected natural killer cells."
* #progenitor-cells-cd34 "Progenitor cells (CD34+)" "Chimerism measured on CD34-selected progenitor cells."
* #indel-qpcr "Quantitative PCR of insertion/deletion polymorphisms" "Chimerism measured by real-time PCR of insertion/deletion (or single-nucleotide) polymorphisms that differ between donor and recipient."
* #ngs-chimerism "Next-generation sequencing chimerism" "Chimerism measured by sequencing a panel of polymorphisms that differ between donor and recipient."
