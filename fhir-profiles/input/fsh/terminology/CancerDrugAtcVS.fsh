ValueSet: CancerDrugAtcVS
Id: cancer-drug-atc-vs
Title: "Cancer and Transplant Drugs (ATC)"
Description: """
WHO ATC codes of the drugs this guide covers for B-ALL and its transplant or cellular therapy (the same
scope as the RxNorm value set). Every code is in the WHOCC ATC/DDD index as of 2026-04, except the pre-2024
codes kept for older data (alemtuzumab L04AA34, sirolimus L04AA10). Tacrolimus is the systemic code
L04AD02, never the topical D11AH01; ruxolitinib is L01EJ01, never the topical D11AH09; ganciclovir is the
systemic J05AB06, not the ophthalmic S01AD09; dexamethasone and methylprednisolone are the systemic
corticosteroid codes H02AB02 and H02AB04 (dexamethasone has other codes for other routes). Alemtuzumab is
listed under its code before (L04AA34) and after (L04AG06) the 2024 ATC revision; methotrexate under L01BA01
(antineoplastic) and L04AX03 (immunosuppressant, e.g. GvHD prophylaxis). Tisagenlecleucel is L01XL04
(L01XL03 is axicabtagene ciloleucel). Erwinia asparaginase has no ATC code of its own (L01XX02 asparaginase).
"""
* insert ArtifactMetadata
* ^copyright = "ATC codes are maintained by the WHO Collaborating Centre for Drug Statistics Methodology; reuse of the ATC index is subject to WHOCC terms."
* $atc#L01FX07 "blinatumomab"
* $atc#L01FB01 "inotuzumab ozogamicin"
* $atc#L01AA01 "cyclophosphamide"
* $atc#L01BB05 "fludarabine"
* $atc#L01AB02 "treosulfan"
* $atc#L01AC01 "thiotepa"
* $atc#L01AB01 "busulfan"
* $atc#L04AD02 "tacrolimus"
* $atc#L04AA06 "mycophenolic acid"
* $atc#L01EA01 "imatinib"
* $atc#L01EA02 "dasatinib"
* $atc#L01EA03 "nilotinib"
* $atc#L01EA05 "ponatinib"
* $atc#L01XX02 "asparaginase"
* $atc#L01XX24 "pegaspargase"
* $atc#L01XX86 "calaspargase pegol"
* $atc#L01CA02 "vincristine"
* $atc#H02AB02 "dexamethasone"
* $atc#H02AB04 "methylprednisolone"
* $atc#L01DB02 "daunorubicin"
* $atc#L01DB01 "doxorubicin"
* $atc#L01BB02 "mercaptopurine"
* $atc#L01BC01 "cytarabine"
* $atc#L01BA01 "methotrexate"
* $atc#L04AX03 "methotrexate"
* $atc#L01AA03 "melphalan"
* $atc#L01CB01 "etoposide"
* $atc#L01AA09 "bendamustine"
* $atc#L04AD01 "ciclosporin"
* $atc#L04AA10 "sirolimus"
* $atc#L04AA04 "antithymocyte immunoglobulin (rabbit)"
* $atc#L04AA34 "alemtuzumab"
* $atc#L04AG06 "alemtuzumab"
* $atc#L04AA24 "abatacept"
* $atc#L04AC07 "tocilizumab"
* $atc#L01EJ01 "ruxolitinib"
* $atc#L04AA48 "belumosudil"
* $atc#L01FA01 "rituximab"
* $atc#L01XL04 "tisagenlecleucel"
* $atc#L01XL06 "brexucabtagene autoleucel"
* $atc#L01XL12 "obecabtagene autoleucel"
* $atc#J05AX18 "letermovir"
* $atc#J05AB06 "ganciclovir"
* $atc#J05AB14 "valganciclovir"
* $atc#J05AD01 "foscarnet"
* $atc#J05AB12 "cidofovir"
* $atc#J05AX10 "maribavir"
