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
* #reduced-toxicity "Reduced-toxicity conditioning" "Conditioning built from agents chosen for lower organ toxicity (for example treosulfan- or fludarabine/busulfan-based), usually of myeloablative intensity. A property of the regimen, not an intensity: record the intensity (mac, ric or nma) and the reduced-toxicity-conditioning flag. Kept so that earlier records stay readable."
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
* #b-lbl-hyperdiploid "B lymphoblastic leukemia/lymphoma with hyperdiploidy (ICD-O-3 code number unconfirmed)" "B lymphoblastic leukaemia/lymphoma with more than 50 chromosomes. Stands in for the ICD-O-3 morphology code (candidate 9815/3) until that number is confirmed."

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

// Cellular therapy and medications (issue 18 items 6 and 9)
* #lymphodepletion "Lymphodepleting chemotherapy before cellular therapy" "The course of chemotherapy (usually fludarabine and cyclophosphamide) given in the days before an infusion of CAR-T or other immune effector cells to deplete the recipient's lymphocytes. It is not a transplant conditioning regimen."
* #cytokine-release-syndrome "Cytokine release syndrome" "A supraphysiological response after an immune effector cell therapy that activates T cells or other immune effector cells, with fever and possibly hypotension, capillary leak and hypoxia (ASTCT consensus definition, Lee et al. 2019)."
* #icans "Immune effector cell-associated neurotoxicity syndrome" "A disorder of the central nervous system after an immune effector cell therapy, with encephalopathy, aphasia, depressed consciousness, seizures, motor findings or cerebral oedema (ASTCT consensus definition, Lee et al. 2019)."
* #astct-grade-1 "ASTCT grade 1" "Grade 1 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-2 "ASTCT grade 2" "Grade 2 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-3 "ASTCT grade 3" "Grade 3 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #astct-grade-4 "ASTCT grade 4" "Grade 4 of cytokine release syndrome or ICANS under the ASTCT consensus grading (Lee et al. 2019)."
* #brexucabtagene-autoleucel "brexucabtagene autoleucel" "Autologous anti-CD19 CAR-T cell product (Tecartus). Local code: no RxNorm or ATC code for it was verified for this guide."
* #obecabtagene-autoleucel "obecabtagene autoleucel" "Autologous anti-CD19 CAR-T cell product with a fast off-rate binder (Aucatzyl). Local code: no RxNorm or ATC code for it was verified for this guide."
* #academic-car-t-cd19 "Academic anti-CD19 CAR-T cells" "An anti-CD19 CAR-T cell product manufactured by an academic centre or under a trial (not a licensed product); name the product and trial in the administration's note."
* #academic-car-t-cd22 "Academic anti-CD22 CAR-T cells" "An anti-CD22 CAR-T cell product manufactured by an academic centre or under a trial (not a licensed product); name the product and trial in the administration's note."
* #academic-car-t-cd19-cd22 "Academic bispecific or dual anti-CD19/CD22 CAR-T cells" "A CAR-T cell product targeting both CD19 and CD22 (bispecific CAR or co-administered products) manufactured by an academic centre or under a trial."
* #rabbit-atg-thymoglobulin "Rabbit anti-thymocyte globulin (Thymoglobulin)" "Rabbit anti-thymocyte globulin raised against human thymocytes (Thymoglobulin; usual total doses 2.5 to 10 mg/kg). Names the brand, because doses of the two rabbit ATG brands are not interchangeable."
* #rabbit-atg-grafalon "Rabbit anti-T-lymphocyte globulin (Grafalon, ATG-F)" "Rabbit anti-T-lymphocyte globulin raised against the Jurkat T-cell line (Grafalon, formerly ATG-Fresenius; usual total doses 15 to 60 mg/kg). Names the brand, because doses of the two rabbit ATG brands are not interchangeable."
// GvHD grading, engraftment lineage and transplant complications (issue 18 item 7)
* #magic-2016 "MAGIC acute GvHD staging and grading (Harris 2016)" "Mount Sinai Acute GVHD International Consortium criteria (Harris et al., Biol Blood Marrow Transplant 2016;22:4-10): stages 0-4 of skin, liver and lower GI and 0-1 of upper GI, combined into an overall grade 0-IV."
* #nih-2014 "NIH 2014 chronic GvHD criteria (Jagasia 2015)" "National Institutes of Health consensus criteria for chronic GvHD, 2014 Diagnosis and Staging Working Group report (Jagasia et al., Biol Blood Marrow Transplant 2015;21:389-401): organ scores 0-3 combined into a global severity (mild, moderate, severe)."
* #magic-grade-0 "Acute GvHD grade 0 (MAGIC)" "No stage 1-4 in any organ (MAGIC, Harris 2016)."
* #magic-grade-1 "Acute GvHD grade I (MAGIC)" "Skin stage 1-2 without liver, upper GI or lower GI involvement (MAGIC, Harris 2016)."
* #magic-grade-2 "Acute GvHD grade II (MAGIC)" "Skin stage 3 and/or liver stage 1 and/or upper GI stage 1 and/or lower GI stage 1, with no stage 4 and no liver or lower GI stage 2-3 (MAGIC, Harris 2016)."
* #magic-grade-3 "Acute GvHD grade III (MAGIC)" "Liver stage 2-3 and/or lower GI stage 2-3, with skin stage 0-3 and upper GI stage 0-1 (MAGIC, Harris 2016)."
* #magic-grade-4 "Acute GvHD grade IV (MAGIC)" "Skin, liver or lower GI stage 4, with upper GI stage 0-1 (MAGIC, Harris 2016)."
* #nih-cgvhd-mild "Mild chronic GvHD (NIH 2014 global severity)" "One or two organs involved, none scoring more than 1, and lung score 0 (NIH 2014, Jagasia 2015)."
* #nih-cgvhd-moderate "Moderate chronic GvHD (NIH 2014 global severity)" "Three or more organs scoring at most 1, or any organ other than the lung scoring 2, or lung score 1 (NIH 2014, Jagasia 2015)."
* #nih-cgvhd-severe "Severe chronic GvHD (NIH 2014 global severity)" "Any organ scoring 3, or lung score 2 or 3 (NIH 2014, Jagasia 2015)."
* #agvhd-organ-staging "Acute GvHD organ staging (MAGIC)" "Assessment of acute GvHD giving the MAGIC stage of each target organ (skin, liver, upper GI, lower GI) and the overall grade derived from them."
* #cgvhd-organ-scoring "Chronic GvHD organ scoring (NIH 2014)" "Assessment of chronic GvHD giving the NIH 2014 score (0-3) of each organ and the global severity derived from them."
* #magic-skin-stage "Acute GvHD skin stage (MAGIC)" "Stage 0-4 by body surface area of active erythematous GvHD rash: 1 <25 %, 2 25-50 %, 3 >50 %, 4 generalised erythroderma with bullae and desquamation >5 %."
* #magic-liver-stage "Acute GvHD liver stage (MAGIC)" "Stage 0-4 by total bilirubin: 0 <2 mg/dL, 1 2-3, 2 3.1-6, 3 6.1-15, 4 >15 mg/dL."
* #magic-upper-gi-stage "Acute GvHD upper GI stage (MAGIC)" "Stage 0 (none or intermittent nausea, vomiting or anorexia) or 1 (persistent nausea, vomiting or anorexia)."
* #magic-lower-gi-stage "Acute GvHD lower GI stage (MAGIC)" "Stage 0-4 by stool output per day (adults in mL or episodes, children in mL/kg or episodes); stage 4 is severe abdominal pain with or without ileus, or grossly bloody stool."
* #nih-skin-score "Chronic GvHD skin score (NIH 2014)" "NIH 2014 organ score 0-3 of the skin (body surface area involved and sclerotic features)."
* #nih-mouth-score "Chronic GvHD mouth score (NIH 2014)" "NIH 2014 organ score 0-3 of the mouth."
* #nih-eyes-score "Chronic GvHD eyes score (NIH 2014)" "NIH 2014 organ score 0-3 of the eyes."
* #nih-gi-score "Chronic GvHD gastrointestinal tract score (NIH 2014)" "NIH 2014 organ score 0-3 of the gastrointestinal tract."
* #nih-liver-score "Chronic GvHD liver score (NIH 2014)" "NIH 2014 organ score 0-3 of the liver (liver function tests)."
* #nih-lung-score "Chronic GvHD lung score (NIH 2014)" "NIH 2014 organ score 0-3 of the lungs (symptoms and FEV1)."
* #nih-joints-fascia-score "Chronic GvHD joints and fascia score (NIH 2014)" "NIH 2014 organ score 0-3 of the joints and fascia."
* #nih-genital-score "Chronic GvHD genital tract score (NIH 2014)" "NIH 2014 organ score 0-3 of the genital tract."
* #engraftment-lineage "Engraftment lineage" "The blood lineage whose recovery an engraftment result is about."
* #neutrophil-engraftment "Neutrophil engraftment" "Neutrophil recovery: the first of three consecutive laboratory values on different days with an absolute neutrophil count of at least 0.5 x 10^9/L after the post-transplant nadir (CIBMTR; ASTCT consensus)."
* #platelet-engraftment "Platelet engraftment" "Platelet recovery: the first of three consecutive days with a platelet count of at least 20 x 10^9/L without platelet transfusion in the preceding 7 days (ASTCT consensus, Kharfan-Dabaja 2021; CIBMTR)."
* #cmv-reactivation "Cytomegalovirus reactivation after transplant" "Cytomegalovirus DNAemia or infection after haematopoietic cell transplant, as defined by the centre (usually a viral load above its treatment threshold)."
* #ebv-reactivation "Epstein-Barr virus reactivation after transplant" "Epstein-Barr virus DNAemia after haematopoietic cell transplant, as defined by the centre."
* #ta-tma "Transplant-associated thrombotic microangiopathy" "Endothelial injury syndrome after haematopoietic cell transplant with microangiopathic haemolysis, thrombocytopenia and organ injury (harmonised criteria: Schoettler et al., Transplant Cell Ther 2023)."
* #primary-graft-failure "Primary graft failure" "No neutrophil recovery (ANC at least 0.5 x 10^9/L) by day +30 after a bone marrow or peripheral blood graft, or by day +42 after a cord blood graft, with pancytopenia (ASTCT consensus)."
* #secondary-graft-failure "Secondary graft failure" "Loss of haematopoietic function needing blood products or growth factors after neutrophil and platelet recovery had been achieved (ASTCT consensus)."
// Donors, grafts and conditioning (issue 18: transplant)
* #autologous-hsct "Autologous hematopoietic stem cell transplantation" "Infusion of the patient's own haematopoietic stem cells, collected before conditioning."
* #allogeneic-hsct "Allogeneic hematopoietic stem cell transplantation" "Infusion of haematopoietic stem cells from another person (related, unrelated or cord blood) after conditioning."
* #autologous "Autologous (the patient's own cells)" "The patient is their own donor. CIBMTR and EBMT record it as the autologous donor category."
* #syngeneic "Syngeneic (identical twin) donor" "An identical twin of the recipient (CIBMTR: syngeneic)."
* #matched-sibling "HLA-identical sibling donor" "A brother or sister who is HLA-identical with the recipient (CIBMTR: HLA-identical sibling; EBMT: HLA-identical sibling; PanCareSurPass: matched related - sibling)."
* #other-matched-related "Other HLA-matched related donor" "A relative other than a sibling (parent, child, cousin, ...) who is HLA-matched with the recipient (PanCareSurPass: matched related - parent / other)."
* #cord-blood "Cord blood unit donor" "The graft is one or more umbilical cord blood units, usually from a public cord blood bank; the unit is identified by its bank or registry identifier."
* #graft-bone-marrow "Bone marrow graft" "Haematopoietic stem cells harvested from the donor's bone marrow."
* #graft-peripheral-blood "Peripheral blood stem cell graft" "Mobilised haematopoietic stem cells collected from the donor's peripheral blood by apheresis."
* #graft-cord-blood "Cord blood graft" "Haematopoietic stem cells from one or more umbilical cord blood units."
* #no-manipulation "No ex vivo manipulation" "The graft was infused without ex vivo cell selection or depletion (volume, red-cell or plasma reduction and cryopreservation are not counted)."
* #cd3-cd19-depletion "Ex vivo CD3+/CD19+ depletion" "Removal of CD3+ T cells and CD19+ B cells from the graft in the laboratory before infusion."
* #ex-vivo-expansion "Ex vivo expansion" "Culture of the graft (usually a cord blood unit) to expand its haematopoietic progenitor cells before infusion."
* #total-nucleated-cells "Total nucleated cells" "All nucleated cells of the graft (TNC), the usual dose measure of marrow and cord blood grafts."
* #cd34-positive-cells "CD34+ cells" "Haematopoietic progenitor cells expressing CD34, the usual dose measure of peripheral blood stem cell grafts."
* #cd3-positive-cells "CD3+ cells" "T cells expressing CD3 in the graft."
* #tcrab-positive-cells "TCRαβ+ cells" "T cells bearing the alpha-beta T-cell receptor left in the graft (after TCRαβ depletion)."
* #cd19-positive-cells "CD19+ cells" "B cells expressing CD19 left in the graft (after CD19 depletion)."
* #cmv-seropositive "CMV seropositive" "IgG antibodies against cytomegalovirus detected (reactive)."
* #cmv-seronegative "CMV seronegative" "No IgG antibodies against cytomegalovirus detected (non-reactive)."
* #cmv-serostatus-indeterminate "CMV serostatus indeterminate" "The cytomegalovirus IgG test was equivocal or could not be interpreted."
* #abo-a "Blood group A" "ABO blood group A."
* #abo-b "Blood group B" "ABO blood group B."
* #abo-ab "Blood group AB" "ABO blood group AB."
* #abo-o "Blood group O" "ABO blood group O."
* #hla-alleles-matched "HLA alleles matched" "Number of HLA alleles, at the loci compared, at which donor and recipient match at allele level (the x of x/8, x/10 or x/12)."
* #hla-alleles-compared "HLA alleles compared" "Number of HLA alleles compared (8 for HLA-A, -B, -C, -DRB1; 10 adding -DQB1; 12 adding -DPB1)."
* #hla-mismatched-locus "HLA mismatched locus" "An HLA locus at which donor and recipient do not match at allele level."
* #hla-mismatch-direction "HLA mismatch direction" "Whether the HLA mismatches are seen in the graft-versus-host direction, the host-versus-graft direction, or both."
* #hla-a "HLA-A" "The HLA-A locus."
* #hla-b "HLA-B" "The HLA-B locus."
* #hla-c "HLA-C" "The HLA-C locus."
* #hla-drb1 "HLA-DRB1" "The HLA-DRB1 locus."
* #hla-dqb1 "HLA-DQB1" "The HLA-DQB1 locus."
* #hla-dpb1 "HLA-DPB1" "The HLA-DPB1 locus."
* #mismatch-gvh-only "Mismatch in graft-versus-host direction only" "The recipient carries an allele the donor lacks (the donor is homozygous at the locus): a mismatch seen only in the graft-versus-host direction."
* #mismatch-hvg-only "Mismatch in host-versus-graft direction only" "The donor carries an allele the recipient lacks (the recipient is homozygous at the locus): a mismatch seen only in the host-versus-graft (rejection) direction."
* #mismatch-bidirectional "Bidirectional mismatch" "The mismatch is seen in both the graft-versus-host and the host-versus-graft direction."
* #tbi "Total body irradiation" "External-beam irradiation of the whole body (TBI) as part of conditioning."
* #tli "Total lymphoid irradiation" "Irradiation of the lymph node regions, thymus and spleen (TLI, including total nodal irradiation) as part of conditioning."
* #tmi "Total marrow irradiation" "Image-guided irradiation of the skeleton (TMI), with or without the lymph nodes (TMLI), as part of conditioning."
* #tai "Thoracoabdominal irradiation" "Irradiation of the thorax and abdomen (TAI) as part of conditioning."
* #serotherapy-atg "Anti-thymocyte globulin (serotherapy)" "In vivo T-cell depletion with anti-thymocyte globulin, counted for GvHD prophylaxis and often for conditioning too."
* #serotherapy-alemtuzumab "Alemtuzumab (serotherapy)" "In vivo T-cell depletion with alemtuzumab (anti-CD52), counted for GvHD prophylaxis and often for conditioning too."
