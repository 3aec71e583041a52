//! The message table: Indonesian first, English second.

message_table! {
    // Model vocabulary.
    SectorGovernment => "Pemerintah", "Government";
    SectorPrivate => "Swasta", "Private sector";
    SectorAcademia => "Akademisi", "Academia";
    SectorCivilSociety => "Masyarakat sipil", "Civil society";
    SectorCooperative => "Koperasi", "Cooperative";
    SectorCommunity => "Komunitas", "Community";
    SectorMedia => "Media", "Media";
    SectorOther => "Lainnya", "Other";
    RoleFacilitator => "Fasilitator", "Facilitator";
    RoleOrganiser => "Penyelenggara", "Organiser";
    RoleTrainer => "Pelatih", "Trainer";
    RoleConvener => "Koordinator", "Convener / coordinator";
    RoleParticipant => "Peserta / penerima manfaat", "Participant / beneficiary";
    RoleFunder => "Penyandang dana", "Funder";
    RoleRegulator => "Regulator", "Regulator";
    RoleOther => "Lainnya", "Other";
    SourceInterview => "Wawancara", "Interview";
    SourceFocusGroup => "Diskusi kelompok terarah (FGD)", "Focus group discussion (FGD)";
    SourceObservation => "Observasi", "Observation";
    SourceQuestionnaire => "Kuesioner / survei", "Questionnaire / survey";
    SourceDocument => "Dokumen", "Document";
    SourceSecondaryData => "Data sekunder", "Secondary data";
    StanceSupports => "Mendukung", "Supports";
    StanceChallenges => "Tidak mendukung", "Challenges";
    StanceContext => "Konteks", "Context";
    FormSelfOrganizing => "Self-organizing (diatur bersama)", "Self-organizing";
    FormLeadOrganization => "Lead organization (organisasi pemimpin)", "Lead organization";
    FormNao => "Network administrative organization (NAO)", "Network administrative organization (NAO)";
    TriNone => "Belum ada bukti", "No evidence";
    TriOneSource => "Satu sumber", "One source";
    TriSeveralSources => "Beberapa sumber", "Several sources";
    TriSeveralKinds => "Beberapa jenis sumber", "Several kinds of source";
    KindIndicator => "indikator", "indicator";
    KindActor => "aktor", "actor";
    KindActivity => "kegiatan", "activity";
    KindRole => "peran", "role";
    KindSource => "sumber", "source";
    KindEvidence => "catatan bukti", "evidence note";
    KindAssessment => "penilaian", "assessment";
    KindFinding => "temuan", "finding";
    KindRelation => "relasi", "relation";
    RelCoordination => "Koordinasi", "Coordination";
    RelInformationSharing => "Berbagi informasi", "Information sharing";
    RelFunding => "Pendanaan", "Funding";
    RelAuthority => "Supervisi / kewenangan", "Supervision / authority";
    RelTraining => "Pelatihan / peningkatan kapasitas", "Training / capacity building";
    RelFormalAgreement => "Perjanjian formal (MoU)", "Formal agreement (MoU)";
    RelOther => "Lainnya", "Other";
    LevelNoInteraction => "Tidak ada interaksi", "No interaction";
    LevelNetworking => "Jejaring", "Networking";
    LevelCooperation => "Kerja sama", "Cooperation";
    LevelCoordination => "Koordinasi", "Coordination";
    LevelCoalition => "Koalisi", "Coalition";
    LevelCollaboration => "Kolaborasi", "Collaboration";
    KindFramework => "kerangka penilaian", "framework";

    // Validation problems.
    ProblemDuplicateId => "ada lebih dari satu {0} dengan id \"{1}\"", "more than one {0} has the id \"{1}\"";
    ProblemDangling => "{0} merujuk ke {1} \"{2}\" yang tidak ada", "{0} refers to {1} \"{2}\", which does not exist";
    ProblemEmpty => "{0}: kolom \"{1}\" kosong", "{0}: the field \"{1}\" is empty";
    ProblemTooLong => "{0}: kolom \"{1}\" berisi {2} karakter; paling banyak {3}", "{0}: the field \"{1}\" holds {2} characters; at most {3} are allowed";
    ProblemMalformedScale => "{3}: skala {0}..{1} dengan langkah {2} tidak membentuk jumlah tingkat yang utuh", "{3}: the scale {0}..{1} in steps of {2} has no whole number of levels";
    ProblemOffScale => "{0}: nilai {1} tidak ada pada skala {2}..{3} (langkah {4})", "{0}: the value {1} is not on the scale {2}..{3} (steps of {4})";
    ProblemDuplicateScore => "penilaian \"{0}\" memberi nilai indikator \"{1}\" lebih dari sekali", "assessment \"{0}\" scores indicator \"{1}\" more than once";
    ProblemDuplicateRole => "aktor \"{0}\" memegang peran {1} dua kali dalam kegiatan \"{2}\"", "actor \"{0}\" holds the role {1} twice in activity \"{2}\"";
    ProblemBadDate => "sumber \"{0}\": tanggal \"{1}\" harus ditulis TTTT, TTTT-BB atau TTTT-BB-HH", "source \"{0}\": the date \"{1}\" must be written YYYY, YYYY-MM or YYYY-MM-DD";
    ProblemTextTooLarge => "sumber \"{0}\": teksnya {1} byte; paling banyak {2} byte per sumber", "source \"{0}\": its text is {1} bytes; at most {2} bytes per source";
    WarningBrokenAnchor => "catatan \"{0}\": kutipannya tidak lagi ada di tempatnya dalam teks sumber \"{1}\" (tautkan lagi ke bagian teks)", "note \"{0}\": its excerpt is no longer where it was anchored in the text of source \"{1}\" (anchor it again to a passage)";
    ProblemBadDateMeant => "sumber \"{0}\": tanggal \"{1}\" harus ditulis TTTT-BB-HH: tulis \"{2}\"", "source \"{0}\": the date \"{1}\" must be written YYYY-MM-DD: write \"{2}\"";
    SubjectStudy => "metadata penelitian", "study metadata";
    SubjectFramework => "kerangka penilaian", "the framework";
    SubjectSecondFramework => "kerangka kedua", "the second framework";
    SubjectScore => "penilaian \"{0}\", indikator \"{1}\"", "assessment \"{0}\", indicator \"{1}\"";
    SubjectPair => "tingkat kolaborasi \"{0}\" dan \"{1}\"", "the level of collaboration of \"{0}\" and \"{1}\"";
    SubjectNetwork => "jaringan aktor", "the actor network";
    ProblemSelfTie => "{0} menghubungkan aktor \"{1}\" dengan dirinya sendiri", "{0} joins actor \"{1}\" to itself";
    ProblemDuplicatePair => "tingkat kolaborasi \"{0}\" dan \"{1}\" dicatat lebih dari sekali", "the level of collaboration of \"{0}\" and \"{1}\" is recorded more than once";
    ProblemBadViewer => "tingkat kolaborasi \"{0}\" dan \"{1}\": pandangan \"{2}\" harus dari salah satu pasangan itu, dan sekali saja", "the level of collaboration of \"{0}\" and \"{1}\": the view of \"{2}\" must come from one of the pair, and only once";
    ProblemBadPosition => "jaringan aktor: posisi aktor \"{0}\" pada diagram bukan angka atau dicatat dua kali", "the actor network: the diagram position of actor \"{0}\" is not a number or is given twice";

    // Frameworks and agreement (issue 12): validation.
    ProblemDuplicateRubricLevel => "indikator \"{0}\": rubrik menjelaskan tingkat {1} lebih dari sekali", "indicator \"{0}\": the rubric describes level {1} more than once";
    ProblemNoSecondFramework => "penilaian \"{0}\" dinilai dengan kerangka kedua, tetapi proyek tidak memiliki kerangka kedua", "assessment \"{0}\" is scored against the second framework, but the project has none";
    ProblemBadComparison => "penilaian \"{0}\" dibandingkan dengan \"{1}\", yang merupakan dirinya sendiri atau dinilai dengan kerangka lain", "assessment \"{0}\" is compared with \"{1}\", which is itself or is scored against the other framework";

    // Frameworks and agreement (issue 12): agreement statistics.
    StatExact => "Kesepakatan persis", "Exact agreement";
    StatWithinOne => "Kesepakatan dalam selisih satu tingkat", "Agreement within one level";
    StatMeanDifference => "Rata-rata selisih (kedua − pertama)", "Mean difference (second − first)";
    StatKappaLinear => "Kappa berbobot Cohen (linear)", "Cohen's weighted kappa (linear)";
    StatKappaQuadratic => "Kappa berbobot Cohen (kuadratik)", "Cohen's weighted kappa (quadratic)";
    StatAlphaOrdinal => "Alpha Krippendorff (ordinal)", "Krippendorff's alpha (ordinal)";
    KappaPoor => "buruk (di bawah peluang)", "poor (below chance)";
    KappaSlight => "sangat lemah", "slight";
    KappaFair => "lemah", "fair";
    KappaModerate => "sedang", "moderate";
    KappaSubstantial => "kuat", "substantial";
    KappaAlmostPerfect => "hampir sempurna", "almost perfect";
    AlphaUnacceptable => "tidak dapat diandalkan", "unacceptable";
    AlphaTentative => "hanya untuk kesimpulan sementara", "tentative conclusions only";
    AlphaAcceptable => "dapat diterima", "acceptable";
    AgreementUnstable => "Hanya {0} pasang skor. Di bawah {1} pasang, statistik ini tidak stabil: satu skor yang berubah dapat menggeser kappa 0,2 atau lebih. Bacalah bersama interval kepercayaannya.", "Only {0} pair of scores. Below {1} pairs these statistics are unstable: one changed score can move kappa by 0.2 or more. Read them with their confidence interval.|Only {0} pairs of scores. Below {1} pairs these statistics are unstable: one changed score can move kappa by 0.2 or more. Read them with their confidence interval.";
    AgreementPairsUsed => "Berdasarkan {0} pasang skor.", "Based on {0} pair of scores.|Based on {0} pairs of scores.";
    AgreementTooFew => "pasangan terlalu sedikit ({0}; perlu {1})", "too few pairs ({0}; {1} needed)";
    AgreementNoVariation => "tidak terdefinisi: semua skor pada tingkat yang sama", "undefined: every score is at the same level";
    AgreementNoInterval => "tanpa interval", "no interval";
    AgreementDegenerate => "tanpa interval: hanya {0} dari {1} sampel ulang yang terdefinisi", "no interval: only {0} of {1} resamples are defined";
    ExportAgreementTitle => "Kesepakatan antarpenilaian", "Agreement between assessments";
    ExportAgreementIntro => "Setiap pasangan di bawah adalah satu penilaian dan penilaian yang menilainya ulang (koder kedua, pembimbing, atau informan dalam pengecekan anggota). Statistik dihitung atas indikator yang dinilai keduanya.", "Each pair below is an assessment and the one that scores it again (a second coder, a supervisor, or an informant at a member check). The statistics are over the indicators both scored.";
    AgreementPairTitle => "{0} dibandingkan dengan {1}", "{0} compared with {1}";
    Difference => "Selisih", "Difference";
    OffScale => "di luar skala", "off the scale";
    Statistic => "Statistik", "Statistic";
    Value => "Nilai", "Value";
    ConfidenceInterval => "Interval kepercayaan {0}", "{0} confidence interval";
    BandHeading => "Tafsiran", "Interpretation";
    Formula => "Rumus", "Formula";
    AgreementMethodNote => "Batas tafsiran kappa mengikuti Landis & Koch (1977); batas alpha mengikuti Krippendorff (2004). Interval: bootstrap persentil atas indikator, {0} sampel ulang; dengan sedikit indikator, interval ini pun kasar.", "Kappa is read with Landis & Koch's (1977) bands, alpha with Krippendorff's (2004). Intervals: percentile bootstrap over indicators, {0} resamples; with few indicators the interval itself is rough.";
    References => "Rujukan", "References";
    Rubric => "Rubrik", "Rubric";
    SecondFramework => "Kerangka kedua", "Second framework";
    NoAssessmentOfFramework => "Belum ada penilaian dengan kerangka ini.", "No assessment is scored against this framework yet.";
    AboutFramework => "Tentang kerangka", "About the framework";
    ImportNoAssessments => "Berkas itu tidak memiliki penilaian.", "That file has no assessment.";
    ImportFrameworkDiffers => "Berkas itu menilai dengan kerangka yang berbeda (\"{0}\") dari proyek ini (\"{1}\"), sehingga penilaiannya tidak dapat dibandingkan.", "That file judges against a different framework (\"{0}\") from this project's (\"{1}\"), so its assessments cannot be compared.";
    ImportMissingIndicators => "Indikator yang tidak ada di berkas itu: {0}.", "Indicators that file lacks: {0}.";
    ImportExtraIndicators => "Indikator yang tidak ada di proyek ini: {0}.", "Indicators this project lacks: {0}.";
    ImportScaleDiffers => "Skalanya juga berbeda.", "Its scale differs too.";

    // Frameworks and agreement (issue 12): the window.
    NavFramework => "Kerangka", "Framework";
    FrameworkHelp => "Indikator yang dipakai untuk menilai kolaborasi, arti setiap tingkat skala bagi tiap indikator (rubrik), dan skalanya. Perubahan yang menyentuh pekerjaan yang sudah ada ditunjukkan dulu, dan setiap perubahan dapat dibatalkan.", "The indicators the collaboration is judged against, what each level of the scale means for each of them (the rubric), and the scale. A change that touches work already done is shown first, and every change can be undone.";
    MainFramework => "Kerangka utama", "Main framework";
    ChooseFromLibrary => "Pilih dari pustaka…", "Choose from the library…";
    LoadFrameworkFile => "Muat dari berkas…", "Load from file…";
    SaveFrameworkFile => "Simpan ke berkas…", "Save to file…";
    AddSecondFramework => "Tambah kerangka kedua…", "Add a second framework…";
    RemoveSecondFramework => "Hapus kerangka kedua…", "Remove the second framework…";
    FrameworkDetails => "Kerangka dan skala", "Framework and scale";
    FrameworkNameId => "Nama kerangka (Indonesia)", "Framework name (Indonesian)";
    FrameworkNameEn => "Nama kerangka (Inggris)", "Framework name (English)";
    Citation => "Rujukan", "Citation";
    DescriptionId => "Uraian (Indonesia)", "Description (Indonesian)";
    DescriptionEn => "Uraian (Inggris)", "Description (English)";
    NameId => "Nama (Indonesia)", "Name (Indonesian)";
    NameEn => "Nama (Inggris)", "Name (English)";
    DefinitionId => "Definisi (Indonesia)", "Definition (Indonesian)";
    DefinitionEn => "Definisi (Inggris)", "Definition (English)";
    QuestionId => "Pertanyaan {0} (Indonesia)", "Question {0} (Indonesian)";
    QuestionEn => "Pertanyaan {0} (Inggris)", "Question {0} (English)";
    RemoveQuestion => "Hapus pertanyaan {0}", "Remove question {0}";
    AddQuestion => "Tambah pertanyaan", "Add a question";
    RubricHelp => "Apa arti setiap tingkat skala bagi indikator ini; ditampilkan saat menilai.", "What each level of the scale means for this indicator; shown while scoring.";
    RubricLevelId => "Tingkat {0} (Indonesia)", "Level {0} (Indonesian)";
    RubricLevelEn => "Tingkat {0} (Inggris)", "Level {0} (English)";
    AddIndicator => "Tambah indikator", "Add indicator";
    NewIndicatorName => "Indikator baru", "New indicator";
    RemoveIndicator => "Hapus indikator…", "Remove indicator…";
    MoveUp => "Naikkan", "Move up";
    MoveDown => "Turunkan", "Move down";
    ScaleMin => "Nilai terendah", "Lowest score";
    ScaleMax => "Nilai tertinggi", "Highest score";
    ScaleStep => "Langkah", "Step";
    ApplyScale => "Terapkan skala baru…", "Apply the new scale…";
    ScaleMalformed => "Dari nilai terendah ke tertinggi harus ada jumlah langkah yang utuh (paling banyak 1000).", "From the lowest to the highest score must be a whole number of steps (at most 1000).";
    LevelLabelId => "Label {0} (Indonesia)", "Label of {0} (Indonesian)";
    LevelLabelEn => "Label {0} (Inggris)", "Label of {0} (English)";
    IndicatorsCounted => "{0} indikator", "{0} indicator|{0} indicators";
    ChooseFrameworkTitle => "Pilih kerangka", "Choose a framework";
    StudyTitleField => "Judul penelitian", "Title of the study";
    StudyTitleHint => "mis. Collaborative Governance dalam Program Bank Sampah Desa …", "e.g. Collaborative governance in the village waste-bank programme …";
    NewProjectTitle => "Proyek baru: pilih kerangka penilaian", "New project: choose the framework";
    NewProjectHint => "Kerangka dapat diubah nanti di bagian Kerangka.", "The framework can be changed later in the Framework section.";
    CreateProject => "Buat proyek", "Create project";
    ReplaceFramework => "Ganti kerangka utama…", "Replace the main framework…";
    UseAsSecond => "Pakai sebagai kerangka kedua…", "Use as the second framework…";
    ConfirmFrameworkTitle => "Ubah kerangka?", "Change the framework?";
    ConfirmFrameworkIntro => "Perubahan ini menyentuh pekerjaan yang sudah ada:", "This change touches work already done:";
    EffectRemovedIndicators => "Indikator yang dihapus: {0}", "Indicators removed: {0}";
    EffectNotes => "{0} catatan bukti kehilangan tautan ke indikator itu", "{0} evidence note loses its link to them|{0} evidence notes lose their link to them";
    EffectFindings => "{0} temuan kehilangan tautan ke indikator itu", "{0} finding loses its link to them|{0} findings lose their link to them";
    EffectEntries => "{0} isian penilaian pada indikator itu dihapus (nilai, alasan, bukti yang dikutip)", "{0} assessment entry on them is deleted (score, rationale, cited evidence)|{0} assessment entries on them are deleted (score, rationale, cited evidence)";
    EffectAssessments => "{0} penilaian dengan kerangka ini dihapus", "{0} assessment scored against this framework is deleted|{0} assessments scored against this framework are deleted";
    EffectRubric => "{0} uraian rubrik untuk tingkat yang tidak ada lagi dihapus", "{0} rubric description of a level the new scale lacks is dropped|{0} rubric descriptions of levels the new scale lacks are dropped";
    EffectOffScale => "{0} nilai tidak ada pada skala baru:", "{0} score is not on the new scale:|{0} scores are not on the new scale:";
    OffScaleClear => "Kosongkan nilainya (alasan dan bukti tetap; nilai ulang)", "Clear them (rationale and evidence stay; score again)";
    OffScaleSnap => "Pindahkan ke tingkat terdekat", "Move them to the nearest level";
    UndoHint => "Perubahan ini dapat dibatalkan dengan Ctrl+Z.", "You can undo this with Ctrl+Z.";
    Apply => "Terapkan", "Apply";
    FrameworkUnusable => "Kerangka dalam berkas itu tidak dapat dipakai", "The framework in that file cannot be used";
    StatusFrameworkSaved => "Kerangka disimpan: {0}", "Framework saved: {0}";
    StatusFrameworkChanged => "Kerangka diubah", "Framework changed";
    FrameworkFilter => "Kerangka atau proyek (RON)", "Framework or project (RON)";
    CmdImportAssessments => "Impor penilaian dari berkas lain…", "Import assessments from another file…";
    ImportTitle => "Impor penilaian dari {0}", "Import assessments from {0}";
    ImportIntro => "Hanya penilaian yang masuk, dengan id sendiri; bagian lain proyek tidak disentuh.", "Only the assessments come in, under ids of their own; nothing else of the project is touched.";
    ImportScores => "{0} nilai", "{0} score|{0} scores";
    ImportComparedWith => "menilai ulang \"{0}\"", "scores \"{0}\" again";
    ImportUnchanged => "sama dengan \"{0}\" di proyek ini", "the same as \"{0}\" in this project";
    ImportDropped => "{0} kutipan catatan yang tidak ada di proyek ini ditinggalkan", "{0} citation of a note this project lacks is left out|{0} citations of notes this project lacks are left out";
    Import => "Impor", "Import";
    ImportFailed => "Penilaian tidak dapat diimpor", "The assessments cannot be imported";
    StatusImported => "{0} penilaian diimpor dari {1}", "{0} assessment imported from {1}|{0} assessments imported from {1}";
    ScoresAgain => "Menilai ulang", "Scores again";
    ScoresAgainHint => "Penilaian yang dinilai ulang oleh penilaian ini (koder kedua, pembimbing, pengecekan anggota); keduanya dibandingkan dalam grafik, laporan, bab Word dan CSV.", "The assessment this one scores again (a second coder, a supervisor, a member check); the two are compared in the chart, the report, the Word chapter and the CSV.";
    NoComparison => "— tidak ada —", "— none —";
    ScoredAgainst => "Kerangka: {0}", "Framework: {0}";
    AddAssessmentSecond => "Tambah penilaian (kerangka kedua)", "Add assessment (second framework)";
    AgreementHeading => "Kesepakatan antarpenilaian", "Agreement between assessments";
    ComparisonHeading => "Perbandingan penilaian", "The assessments compared";
    ChartFramework => "Kerangka grafik:", "Chart framework:";
    FirstAssessment => "Penilaian pertama", "First assessment";
    SecondAssessment => "Penilaian kedua", "Second assessment";
    AgreementNeedsTwo => "Tampilkan dua penilaian dengan kerangka yang sama untuk membandingkannya.", "Show two assessments of the same framework to compare them.";
    SameAssessment => "Pilih dua penilaian yang berbeda.", "Choose two different assessments.";

    // Load and save errors.
    LoadIo => "berkas tidak dapat dibaca: {0}", "cannot read the file: {0}";
    LoadIsDirectory => "ini sebuah folder, bukan berkas proyek", "is a folder, not a project file";
    LoadTooLarge => "berkas berukuran {0} byte; berkas proyek di atas {1} byte ditolak", "the file is {0} bytes; project files larger than {1} bytes are refused";
    LoadNotUtf8 => "berkas bukan teks UTF-8 (apakah ini berkas proyek?)", "the file is not UTF-8 text (is it a project file?)";
    LoadNoVersion => "tidak ada schema_version: ini tidak tampak seperti berkas proyek Sinergi", "no schema_version found: this does not look like a Sinergi project file";
    LoadNewerVersion => "berkas memakai versi skema {0} dari Sinergi yang lebih baru; versi ini hanya membaca sampai {1}. Perbarui Sinergi untuk membukanya", "the file has schema version {0}, written by a newer Sinergi; this version reads up to {1}. Update Sinergi to open it";
    LoadUnknownVersion => "versi skema {0} tidak pernah dirilis", "schema version {0} was never released";
    SaveIo => "gagal menyimpan ({0}); berkas di disk tetap seperti sebelumnya", "could not save ({0}); the file on disk was left as it was";
    SaveReadOnly => "berkas hanya-baca; gunakan Simpan Sebagai untuk menyimpan salinan di tempat lain", "the file is read-only; use Save As to save a copy elsewhere";
    SaveNoFolder => "bukan jalur berkas", "not a file path";

    // Command line.
    CliValidFile => "{0}: valid", "{0}: valid";
    CliProblemCount => "{0}: {1} masalah", "{0}: {1} problem|{0}: {1} problems";
    CliUpgraded => "{0}: ditulis ulang dengan skema versi {1}", "{0}: rewritten in schema version {1}";
    CliUpgradeRefused => "{0}: tidak ditulis ulang karena ada masalah", "{0}: not rewritten because of the problems above";

    // Menus and commands.
    MenuFile => "Berkas", "File";
    MenuEdit => "Sunting", "Edit";
    MenuView => "Tampilan", "View";
    MenuHelp => "Bantuan", "Help";
    MenuRecent => "Berkas terakhir", "Recent";
    MenuLanguage => "Bahasa", "Language";
    MenuTheme => "Tema", "Theme";
    MenuZoom => "Perbesaran", "Zoom";
    NoRecent => "Belum ada berkas", "No recent files";
    CmdNew => "Baru", "New";
    CmdOpen => "Buka…", "Open…";
    CmdOpenExample => "Buka contoh: IKM perak Kotagede", "Open the example: Kotagede silver craft";
    CmdSave => "Simpan", "Save";
    CmdSaveAs => "Simpan sebagai…", "Save As…";
    CmdQuit => "Keluar", "Quit";
    CmdUndo => "Batalkan", "Undo";
    CmdRedo => "Ulangi", "Redo";
    ThemeSystem => "Ikuti sistem", "Follow system";
    ThemeLight => "Terang", "Light";
    ThemeDark => "Gelap", "Dark";
    ZoomIn => "Perbesar", "Zoom in";
    ZoomOut => "Perkecil", "Zoom out";
    ZoomReset => "Ukuran semula", "Reset zoom";
    KeyboardShortcuts => "Pintasan papan ketik", "Keyboard shortcuts";
    About => "Tentang Sinergi", "About Sinergi";
    AboutText => "Sinergi membantu peneliti tata kelola kolaboratif mencatat aktor, peran dan bukti lapangan, lalu menilai kolaborasi dengan kerangka indikator. Setiap nilai dapat ditelusuri ke buktinya.", "Sinergi helps researchers of collaborative governance record actors, roles and field evidence, and judge the collaboration against a framework of indicators. Every score can be traced to its evidence.";
    Tagline => "Penilaian tata kelola kolaboratif, setiap nilai tertelusur ke buktinya", "Assessing collaborative governance, every score traced to its evidence";
    StartNew => "Proyek baru", "New project";
    StartOpen => "Buka proyek…", "Open a project…";
    StartExample => "Buka contoh: IKM perak Kotagede", "Open the example: Kotagede silver craft";

    // Navigation.
    NavOverview => "Ringkasan", "Overview";
    NavActors => "Aktor", "Actors";
    NavActivities => "Kegiatan & Peran", "Activities & Roles";
    NavEvidence => "Sumber & Bukti", "Sources & Evidence";
    NavAssessment => "Penilaian", "Assessment";
    NavFindings => "Temuan", "Findings";
    NavChart => "Grafik", "Chart";
    NavNetwork => "Jaringan", "Network";

    // Status bar and messages.
    Untitled => "Tanpa judul", "Untitled";
    NotSavedYet => "Belum disimpan ke berkas", "Not saved to a file yet";
    Saved => "Tersimpan", "Saved";
    Unsaved => "Ada perubahan belum disimpan", "Unsaved changes";
    StatusCounts => "Aktor: {0} · Sumber: {1} · Bukti: {2} · Penilaian: {3}", "Actors: {0} · Sources: {1} · Notes: {2} · Assessments: {3}";
    StatusOpened => "Dibuka: {0}", "Opened {0}";
    StatusSaved => "Disimpan: {0}", "Saved {0}";
    StatusExample => "Contoh Kotagede dibuka sebagai proyek baru; simpan untuk menyimpannya", "The Kotagede example is open as a new project; save it to keep it";
    StatusNew => "Proyek baru", "New project";
    OpenFailed => "Berkas tidak dapat dibuka", "The file could not be opened";
    SaveFailed => "Proyek tidak dapat disimpan", "The project could not be saved";
    ProjectFilter => "Proyek Sinergi", "Sinergi project";
    NoDialogAvailable => "Jendela pemilih berkas tidak tersedia di sistem ini (tidak ada xdg-desktop-portal atau zenity). Ketik jalur berkas:", "No file dialog is available on this system (no xdg-desktop-portal or zenity). Type the file path:";
    FilePath => "Jalur berkas", "File path";

    // Dialogs.
    UnsavedTitle => "Simpan perubahan?", "Save changes?";
    UnsavedQuestion => "Proyek ini punya perubahan yang belum disimpan.", "This project has changes that are not saved.";
    Save => "Simpan", "Save";
    DontSave => "Jangan simpan", "Don't save";
    Cancel => "Batal", "Cancel";
    Ok => "OK", "OK";
    Delete => "Hapus", "Delete";
    ConfirmDeleteTitle => "Hapus?", "Delete?";
    ConfirmDeleteQuestion => "Item ini masih dipakai. Jika dihapus, rujukan berikut ikut dihapus atau dilepas:", "This item is still in use. Deleting it removes or unlinks the following:";
    UsedByRoles => "{0} peran akan dihapus", "{0} role will be deleted|{0} roles will be deleted";
    UsedBySources => "{0} sumber merujuk aktor ini sebagai informan", "{0} source names it as the informant's actor|{0} sources name it as the informant's actor";
    UsedByNotes => "{0} catatan bukti", "{0} evidence note|{0} evidence notes";
    UsedByAssessments => "{0} penilaian mengutipnya", "{0} assessment cites it|{0} assessments cite it";
    UsedByFindings => "{0} temuan merujuknya", "{0} finding refers to it|{0} findings refer to it";
    UsedByRelations => "{0} relasi akan dihapus", "{0} relation will be deleted|{0} relations will be deleted";
    UsedByLevels => "{0} penilaian tingkat kolaborasi pasangan akan dihapus", "{0} pair's level of collaboration will be deleted|{0} pairs' levels of collaboration will be deleted";
    UsedByRelationLinks => "{0} relasi merujuknya", "{0} relation refers to it|{0} relations refer to it";

    // Common fields.
    Search => "Cari", "Search";
    Name => "Nama", "Name";
    ShortName => "Nama singkat", "Short name";
    Sector => "Sektor", "Sector";
    Colour => "Warna", "Colour";
    Description => "Deskripsi", "Description";
    Roles => "Peran", "Roles";
    Title => "Judul", "Title";
    Text => "Uraian", "Text";
    Label => "Label", "Label";
    Id => "Id", "Id";
    Notes => "Catatan", "Notes";
    Status => "Status", "Status";
    Any => "Semua", "Any";
    NoneChosen => "(tidak ada)", "(none)";
    NothingToShow => "Tidak ada yang cocok.", "Nothing matches.";
    Duplicate => "Gandakan", "Duplicate";
    CopyOf => "Salinan {0}", "Copy of {0}";

    // Overview.
    OverviewHelp => "Metadata penelitian, jumlah data, dan triangulasi bukti per indikator.", "Study metadata, counts, and the triangulation of the evidence per indicator.";
    Study => "Penelitian", "Study";
    Case => "Kasus", "Case";
    Location => "Lokasi", "Location";
    Researchers => "Peneliti (pisahkan dengan ;)", "Researchers (separate with ;)";
    Institution => "Institusi", "Institution";
    Period => "Periode", "Period";
    StudyLanguage => "Bahasa penelitian", "Language of the study";
    MethodNotes => "Catatan metode", "Method notes";
    Counts => "Jumlah", "Counts";
    NetworkForm => "Bentuk struktur jaringan", "Form of the network structure";
    NetworkNotes => "Alasan", "Reasons";
    NotDecided => "Belum ditentukan", "Not decided";
    ProblemsFound => "{0} masalah dalam proyek:", "{0} problem in the project:|{0} problems in the project:";

    // Actors.
    ActorsHelp => "Siapa yang terlibat dalam kolaborasi.", "Who takes part in the collaboration.";
    Actor => "Aktor", "Actor";
    Actors => "Aktor", "Actors";
    AddActor => "Tambah aktor", "Add actor";
    NewActorName => "Aktor baru", "New actor";
    EditActor => "Ubah aktor", "Edit actor";
    DeleteActor => "Hapus aktor", "Delete actor";
    SelectActorHint => "Pilih aktor di tabel untuk mengubahnya.", "Select an actor in the table to edit it.";

    // Activities and roles.
    ActivitiesHelp => "Program kolaborasi dan peran tiap aktor di dalamnya.", "The collaboration's programmes and each actor's role in them.";
    Activities => "Kegiatan", "Activities";
    AddActivity => "Tambah kegiatan", "Add activity";
    NewActivityName => "Kegiatan baru", "New activity";
    DeleteActivity => "Hapus kegiatan", "Delete activity";
    Schedule => "Jadwal", "Schedule";
    Place => "Tempat", "Place";
    RoleMatrix => "Matriks peran (aktor × kegiatan)", "Role matrix (actor × activity)";
    RoleMatrixHelp => "Klik sel untuk mengatur peran aktor dalam kegiatan itu.", "Click a cell to set the actor's role in that activity.";
    RoleMatrixEmpty => "Matriks perlu setidaknya satu aktor dan satu kegiatan.", "The matrix needs at least one actor and one activity.";
    SelectCellHint => "Pilih sel matriks untuk mengubah perannya.", "Select a cell of the matrix to edit its role.";
    RoleKind => "Jenis peran", "Kind of role";
    NoRole => "Tidak berperan", "No role";
    AddRole => "Tambah peran", "Add role";
    RemoveRole => "Hapus peran", "Remove role";
    Code => "Kode", "Code";
    InformantCode => "Kode informan", "Informant code";
    InformantCodeHint => "mis. I-3 (skripsi menyamarkan nama informan)", "e.g. I-3 (theses anonymise informants)";
    InformantPosition => "Jabatan informan", "Informant's position";
    Responsibilities => "Tanggung jawab", "Responsibilities";
    Authority => "Kewenangan", "Authority";

    // Sources and evidence.
    EvidenceHelp => "Wawancara, observasi dan dokumen, serta catatan bukti yang diambil darinya.", "Interviews, observations and documents, and the evidence notes taken from them.";
    EvidenceNotes => "Catatan bukti", "Evidence notes";
    Sources => "Sumber", "Sources";
    Source => "Sumber", "Source";
    SourceKind => "Jenis sumber", "Kind of source";
    AddSource => "Tambah sumber", "Add source";
    NewSourceTitle => "Sumber baru", "New source";
    EditSource => "Ubah sumber", "Edit source";
    DeleteSource => "Hapus sumber", "Delete source";
    SelectSourceHint => "Pilih sumber di tabel untuk mengubahnya.", "Select a source in the table to edit it.";
    Informant => "Informan", "Informant";
    InformantActor => "Aktor informan", "Informant's actor";
    IssuingActor => "Aktor penerbit", "Issuing actor";
    ObservedActor => "Aktor yang diamati", "Actor observed";
    Observer => "Pengamat", "Observer";
    Date => "Tanggal", "Date";
    DateHint => "Tanggal (mis. 14 Maret 2021)", "Date (e.g. 14 March 2021)";
    DateStored => "Disimpan sebagai TTTT-BB-HH (atau TTTT-BB, TTTT).", "Stored as YYYY-MM-DD (or YYYY-MM, YYYY).";
    DateInvalid => "Belum terbaca sebagai tanggal: tulis mis. 14 Maret 2021, 14/03/2021 atau 2021-03-14.", "Not a date yet: write e.g. 14 March 2021, 14/03/2021 or 2021-03-14.";
    Reference => "Rujukan (rekaman, halaman, arsip)", "Reference (recording, page, archive)";
    AddNote => "Tambah catatan bukti", "Add evidence note";
    AddSourceFirst => "Tambahkan sumber terlebih dahulu.", "Add a source first.";
    IndicatorCount => "Jumlah indikator yang dikaitkan", "Number of indicators linked";
    PresentHint => "Tampilkan grafik sebagai slide layar penuh untuk sidang (F5 atau Ctrl+Shift+P).", "Show the chart as a full-screen slide for the defence (F5 or Ctrl+Shift+P).";
    Reader => "Teks sumber", "Source text";
    Locator => "Letak", "Locator";
    Coded => "Dikodekan", "Coded";
    OpenInReader => "Baca dan kodekan teksnya", "Read and code its text";
    AddTextToSource => "Tambahkan teks lengkapnya", "Add its full text";
    InContext => "Dalam konteks", "In context";
    CodedHint => "Bagian teks sumber yang sudah ditautkan ke catatan bukti", "The share of the source's text anchored to evidence notes";
    BrokenAnchorsFound => "{0} catatan tidak lagi cocok dengan tempatnya di teks sumber: {1}. Buka catatannya dan tautkan lagi ke bagian teks.", "{0} note no longer matches its place in the source's text: {1}. Open it and anchor it again to a passage.|{0} notes no longer match their place in the source's text: {1}. Open each and anchor it again to a passage.";
    Close => "Tutup", "Close";
    LocatorHint => "hlm. 12, par. 7, 00:14:32", "p. 12, par. 7, 00:14:32";
    ShowInSource => "Lihat di teks sumber", "Show in source";
    AnchorBroken => "Teks sumber diubah di tempat kutipan ini: pilih lagi kata-katanya di teks, lalu Tautkan catatan ini ke pilihan.", "The source's text was changed where this quote was: select its words again in the text, then Anchor this note to the selection.";
    Unanchor => "Lepaskan dari teks", "Detach from the text";
    AnchoredHint => "Kutipan ini ditautkan ke teks sumber; untuk mengubahnya, pilih kata lain di teks.", "This quote is anchored in the source's text; to change it, select other words in the text.";
    NoText => "belum ada teks", "no text yet";
    CoverageLine => "{0}% teks dikodekan · {1} bagian", "{0}% of the text coded · {1} passage|{0}% of the text coded · {1} passages";
    CodeSelection => "Kodekan pilihan", "Code selection";
    CodeSelectionHint => "Buat catatan bukti dari kata-kata yang dipilih, ditautkan ke bagian teks ini (Ctrl+Enter)", "Make an evidence note of the selected words, anchored to this passage (Ctrl+Enter)";
    SelectTextFirst => "Pilih dulu kata-kata dalam teks (seret dengan tetikus, atau Shift dan panah)", "Select words in the text first (drag with the mouse, or Shift and the arrow keys)";
    SearchTexts => "Cari di semua teks", "Search all texts";
    SearchTextsHint => "kata atau frasa", "word or phrase";
    ReaderHint => "Seret untuk memilih · klik sorotan untuk membuka catatannya · klik dua kali paragraf untuk membetulkan teks", "Drag to select · click a highlight to open its note · double-click a paragraph to correct the text";
    AnchorToSelection => "Tautkan catatan ini ke pilihan", "Anchor this note to the selection";
    NoTextYet => "Sumber ini belum punya teks lengkap. Tempelkan teksnya di sini, atau impor dari berkas (Sumber: Impor teks).", "This source has no full text yet. Paste it here, or import it from a file (Sources: Import text).";
    PasteText => "Teks sumber", "The source's text";
    SaveText => "Simpan teks", "Save the text";
    PasteTooLong => "Teks ini terlalu panjang untuk satu sumber: paling banyak {0} byte, dan {1} karakter per paragraf. Bagi teksnya menjadi beberapa sumber.", "This text is too long for one source: at most {0} bytes, and {1} characters per paragraph. Split it into several sources.";
    HitsFound => "{0} temuan", "{0} hit|{0} hits";
    GoToHit => "Lihat", "Go";
    CodeHit => "Kodekan", "Code";
    PresentationKeys => "Saat presentasi", "While presenting";
    KeysIndicators => "Indikator sebelumnya / berikutnya", "Previous / next indicator";
    KeysQuotes => "Kutipan sebelumnya / berikutnya", "Earlier / more quotes";
    KeysLeave => "Keluar dari presentasi", "Leave the presentation";
    HowToScore => "Cara menilai indikator ini", "How to score this indicator";
    GuidingQuestions => "Pertanyaan panduan", "Guiding questions";
    UserGuide => "Panduan pengguna", "User guide";
    OpenGuideHere => "Buka panduan pengguna untuk bagian ini (F1: panduan)", "Open the user guide at this section (F1: the guide)";
    NewNotesFrom => "Catatan baru dari sumber", "New notes from source";
    NewNoteExcerpt => "Kutipan atau hasil observasi", "Quote or observation";
    EditNote => "Ubah catatan bukti", "Edit evidence note";
    DeleteNote => "Hapus catatan", "Delete note";
    SelectNoteHint => "Pilih catatan di tabel untuk mengubahnya.", "Select a note in the table to edit it.";
    Excerpt => "Kutipan / observasi", "Excerpt / observation";
    Interpretation => "Interpretasi peneliti", "Researcher's interpretation";
    Indicator => "Indikator", "Indicator";
    Indicators => "Indikator", "Indicators";
    Stance => "Sikap", "Stance";
    Tags => "Tag (pisahkan dengan koma)", "Tags (comma-separated)";
    ClearFilters => "Hapus filter", "Clear filters";
    ShowingNotes => "{0} dari {1} catatan", "{0} of {1} notes";
    Triangulation => "Triangulasi", "Triangulation";
    TriangulationHelp => "Triangulasi sumber: bukti dari satu sumber, beberapa sumber, atau beberapa jenis sumber (wawancara, observasi, dokumen).", "Source triangulation: evidence from one source, several sources, or several kinds of source (interview, observation, document).";

    // Assessment.
    AssessmentHelp => "Nilai tiap indikator pada skala kerangka, dengan alasan dan bukti.", "Score each indicator on the framework's scale, with the reasons and the evidence.";
    Assessments => "Penilaian", "Assessments";
    Editing => "Sedang diubah:", "Editing:";
    AddAssessment => "Tambah penilaian", "Add assessment";
    NewAssessmentLabel => "Penilaian {0}", "Assessment {0}";
    DeleteAssessment => "Hapus penilaian", "Delete assessment";
    NoAssessmentHint => "Belum ada penilaian. Tambahkan satu untuk mulai memberi nilai.", "No assessment yet. Add one to start scoring.";
    Assessor => "Penilai", "Assessor";
    AssessmentNotes => "Catatan penilaian", "Notes on the assessment";
    Score => "Nilai", "Score";
    ScoreOf => "Nilai {0}", "Score of {0}";
    NotScored => "Belum dinilai", "Not scored";
    RationaleFor => "Alasan nilai {0}", "Rationale for {0}";
    EvidenceCount => "Bukti dikutip: {0} (catatan tentang indikator ini: {1})", "Evidence cited: {0} (notes on this indicator: {1})";
    NoNotesForIndicator => "Belum ada catatan bukti untuk indikator ini.", "No evidence note is linked to this indicator yet.";
    GoToEvidence => "Ke Sumber & Bukti", "Go to Sources & Evidence";

    // Network.
    NetworkHelp => "Relasi antaraktor, tingkat kolaborasi tiap pasangan, dan diagram jaringan. Seret aktor untuk menata diagram; klik garis untuk membuka relasinya.", "The relations between actors, each pair's level of collaboration, and the network diagram. Drag an actor to arrange the diagram; click a line to open its relation.";
    Relations => "Relasi", "Relations";
    AddRelation => "Tambah relasi", "Add relation";
    DeleteRelation => "Hapus relasi", "Delete relation";
    EditRelation => "Ubah relasi", "Edit relation";
    RelationFrom => "Dari", "From";
    RelationTo => "Kepada", "To";
    RelationKind => "Jenis relasi", "Kind of relation";
    Directed => "Satu arah (dari → kepada)", "One way (from → to)";
    Direction => "Arah", "Direction";
    OneWay => "satu arah", "one way";
    Mutual => "timbal balik", "mutual";
    RelationNote => "Keterangan", "Note";
    EvidenceHeader => "Bukti", "Evidence";
    SelectRelationHint => "Pilih relasi di tabel, atau klik garisnya di diagram, untuk mengubahnya.", "Select a relation in the table, or click its line in the diagram, to edit it.";
    NeedTwoActors => "Relasi memerlukan setidaknya dua aktor (bagian Aktor).", "A relation needs at least two actors (Actors section).";
    LevelOfCollaboration => "Tingkat kolaborasi (Frey dkk. 2006)", "Level of collaboration (Frey et al. 2006)";
    LevelHelp => "Untuk pasangan {0}–{1}, menurut pandangan masing-masing pihak bila buktinya ada; berlaku untuk semua relasi pasangan ini. 0 tidak ada interaksi, 1 jejaring, 2 kerja sama, 3 koordinasi, 4 koalisi, 5 kolaborasi.", "For the pair {0}–{1}, as each side sees it where the evidence gives its view; shared by every relation of this pair. 0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration.";
    AsSeenBy => "Menurut {0}", "As {0} sees it";
    NotRecorded => "Tidak tercatat", "Not recorded";
    LevelReasoning => "Alasan tingkat ini", "Reasons for these levels";
    ViewsDiffer => "Pandangan berbeda: selisih {0} tingkat", "The views differ by {0} level|The views differ by {0} levels";
    ViewsDifferHeader => "Beda pandangan", "Views differ";
    Pair => "Pasangan", "Pair";
    LevelShort => "Tingkat", "Level";
    LevelFromView => "Tingkat menurut pihak pertama", "Level as the first sees it";
    LevelToView => "Tingkat menurut pihak kedua", "Level as the second sees it";
    EvidenceForView => "Bukti pandangan {0}: {1}", "Evidence of {0}'s view: {1}";
    FilterKinds => "Jenis relasi yang tampil", "Kinds shown";
    AllActivities => "Semua kegiatan", "All activities";
    AutoLayout => "Tata otomatis", "Automatic layout";
    AutoLayoutHint => "Lupakan posisi yang diatur dengan tangan dan tata ulang diagram", "Forget the positions set by hand and lay the diagram out again";
    Measures => "Ukuran jaringan", "Network measures";
    MeasuresHelp => "Dihitung pada relasi yang tampil, tanpa arah. Derajat: jumlah aktor yang terhubung. Keantaraan (betweenness): seberapa sering aktor berada di jalur terpendek antara dua aktor lain, 0–1. Kepadatan: ikatan yang ada dibagi ikatan yang mungkin. Sentralisasi (Freeman): 1 bila satu aktor memusatkan semua ikatan, 0 bila semua setara.", "Computed on the relations shown, ignoring direction. Degree: the number of actors tied to. Betweenness: how often the actor lies on the shortest paths between two others, 0–1. Density: ties present over ties possible. Centralisation (Freeman): 1 when one actor holds every tie, 0 when all are equal.";
    Density => "Kepadatan", "Density";
    DegreeCentralisation => "Sentralisasi derajat", "Degree centralisation";
    BetweennessCentralisation => "Sentralisasi keantaraan", "Betweenness centralisation";
    Degree => "Derajat", "Degree";
    Betweenness => "Keantaraan", "Betweenness";
    TiesCount => "Ikatan: {0} · relasi: {1}", "Ties: {0} · relations: {1}";
    LeadActor => "Aktor pemimpin / administrator", "Lead or administrative actor";
    LeadMark => "pemimpin / administrator jaringan", "lead or network administrator";
    NoRelationsYet => "Belum ada relasi: tambahkan satu untuk menggambar jaringan.", "No relations yet: add one to draw the network.";
    NoActorsYet => "Belum ada aktor. Tambahkan aktor di bagian Aktor.", "No actors yet. Add them in the Actors section.";
    Diagram => "Diagram", "Diagram";
    LegendSectors => "Sektor (warna lingkaran)", "Sector (circle colour)";
    LegendKinds => "Jenis relasi (gaya garis)", "Kind of relation (line style)";
    LegendWidth => "Tebal garis: tingkat kolaborasi 0–5", "Line width: level of collaboration 0–5";
    LegendSize => "Besar lingkaran: jumlah ikatan", "Circle size: number of ties";
    LegendMismatch => "≠ pandangan kedua pihak berbeda", "≠ the two sides' views differ";
    LegendArrow => "Panah: relasi satu arah", "Arrow: one-way relation";
    NetworkCaption => "Bentuk jaringan: {0}", "Network form: {0}";
    NetworkMeasuresLine => "Kepadatan {0} · sentralisasi derajat {1} · sentralisasi keantaraan {2}", "Density {0} · degree centralisation {1} · betweenness centralisation {2}";
    FilteredBy => "Hanya: {0}", "Only: {0}";

    // Findings.
    FindingsHelp => "Faktor pendukung, faktor penghambat dan rekomendasi, dengan indikator, aktor dan bukti yang mendasarinya.", "Supporting factors, inhibiting factors and recommendations, with the indicators, actors and evidence behind them.";
    SupportingFactors => "Faktor pendukung", "Supporting factors";
    InhibitingFactors => "Faktor penghambat", "Inhibiting factors";
    Recommendations => "Rekomendasi", "Recommendations";
    AddSupporting => "Tambah faktor pendukung", "Add supporting factor";
    AddInhibiting => "Tambah faktor penghambat", "Add inhibiting factor";
    AddRecommendation => "Tambah rekomendasi", "Add recommendation";
    NewFindingTitle => "Temuan baru", "New finding";
    DeleteFinding => "Hapus temuan", "Delete finding";
    SelectFindingHint => "Pilih faktor atau rekomendasi untuk mengubahnya.", "Select a factor or recommendation to edit it.";
    AddressedTo => "Ditujukan kepada", "Addressed to";
    EvidenceLinked => "Bukti terkait: {0}", "Linked evidence: {0}";

    // Chart.
    ChartHelp => "Grafik radar penilaian. Klik sebuah indikator untuk melihat buktinya.", "Radar chart of the assessments. Click an indicator to see its evidence.";

    // Chart panel.
    SortedScores => "Nilai, diurutkan", "Scores, sorted";
    ClickIndicatorHint => "Klik indikator (pada grafik atau daftar) untuk melihat nilai, alasan dan buktinya.", "Click an indicator (on the chart or in the list) to see its score, rationale and evidence.";
    BackToScores => "Semua nilai", "All scores";
    CitedEvidence => "Bukti yang dikutip untuk nilai ini", "Evidence cited for this score";
    OtherEvidence => "Catatan lain tentang indikator ini", "Other notes on this indicator";
    NothingCited => "Belum ada bukti yang dikutip.", "No evidence cited yet.";

    // Presentation mode.
    CmdPresent => "Presentasi", "Present";
    PresentKeys => "Panah kiri/kanan: indikator · atas/bawah: kutipan · Esc: keluar", "Left/right: indicators · up/down: quotes · Esc: leave";
    PresentMoreQuotes => "▼ {0} kutipan lagi (panah bawah)", "▼ {0} more quote (down arrow)|▼ {0} more quotes (down arrow)";
    PresentEarlierQuotes => "▲ {0} kutipan sebelumnya (panah atas)", "▲ {0} earlier quote (up arrow)|▲ {0} earlier quotes (up arrow)";
    IndicatorOf => "Indikator {0} dari {1}", "Indicator {0} of {1}";
    NetworkSlide => "Jaringan aktor · sebelum {0} indikator", "Actor network · before the {0} indicators";

    // Recovery and file safety.
    RecoverTitle => "Pulihkan pekerjaan yang belum disimpan?", "Restore unsaved work?";
    RecoverQuestion => "Sinergi tidak ditutup dengan normal. Ada salinan pemulihan yang dibuat {0} ({1}).", "Sinergi did not close normally. A recovery copy made {0} ({1}) is available.";
    AgoJustNow => "baru saja", "just now";
    AgoMinutes => "{0} menit yang lalu", "{0} minute ago|{0} minutes ago";
    AgoHours => "{0} jam yang lalu", "{0} hour ago|{0} hours ago";
    AgoDays => "{0} hari yang lalu", "{0} day ago|{0} days ago";
    RecoverFile => "Milik berkas: {0}", "It belongs to: {0}";
    Restore => "Pulihkan", "Restore";
    NotNow => "Nanti saja (simpan salinannya)", "Not now (keep the copy)";
    Discard => "Buang", "Discard";
    RecoveryUnreadable => "Salinan pemulihan tidak dapat dibaca", "The recovery copy could not be read";
    StatusRestored => "Salinan pemulihan dipulihkan; simpan untuk menyimpannya ke berkas", "Recovery copy restored; save to keep it in the file";
    StatusOpenedReadOnly => "Dibuka (hanya-baca): {0}. Gunakan Simpan Sebagai untuk menyimpan perubahan.", "Opened {0} (read-only). Use Save As to keep changes.";
    ChangedOnDiskTitle => "Berkas berubah di disk", "The file changed on disk";
    ChangedOnDiskText => "{0} telah diubah oleh program lain sejak dibuka atau disimpan di sini. Menimpa akan menghapus perubahan itu.", "{0} was changed by another program since it was opened or saved here. Overwriting it loses those changes.";
    Overwrite => "Timpa", "Overwrite";
    StillUnsaved => "Perubahan Anda masih ada di sini dan belum disimpan.", "Your changes are still here, not saved.";

    // Exports.
    ExportPointTooltip => "{0}\nNilai: {1}\nPenilaian: {2}", "{0}\nScore: {1}\nAssessment: {2}";
    ExportChartTitle => "Grafik radar", "Radar chart";
    ExportNetworkTitle => "Jaringan aktor", "Actor network";
    ExportRelationsHeading => "Relasi antaraktor", "Relations between actors";
    ExportLevelsHeading => "Tingkat kolaborasi per pasangan", "Level of collaboration per pair";
    ExportLevelsNote => "Skala Levels of Collaboration (Frey dkk. 2006): 0 tidak ada interaksi, 1 jejaring, 2 kerja sama, 3 koordinasi, 4 koalisi, 5 kolaborasi; tingkat menurut pandangan masing-masing pihak.", "Levels of Collaboration scale (Frey et al. 2006): 0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration; each level as that side sees it.";
    ExportActorMeasures => "Ukuran per aktor", "Measures per actor";
    ExportReportKind => "Laporan penilaian tata kelola kolaboratif", "Collaborative governance assessment report";
    ExportFramework => "Kerangka penilaian", "Framework";
    ExportScale => "Skala", "Scale";
    ExportResearchers => "Peneliti", "Researchers";
    ExportReference => "Rujukan", "Reference";
    ExportScoreSummary => "Ringkasan nilai", "Scores at a glance";
    ExportIndicatorsHeading => "Indikator: nilai, alasan dan bukti", "Indicators: scores, reasons and evidence";
    ExportDefinition => "Definisi", "Definition";
    ExportRationale => "Alasan", "Rationale";
    ExportCitedEvidence => "Bukti yang dikutip untuk nilai ini", "Evidence cited for this score";
    ExportOtherEvidence => "Bukti lain yang terkait dengan indikator ini", "Other evidence linked to this indicator";
    ExportNoEvidenceCited => "Tidak ada bukti yang dikutip.", "No evidence cited.";
    ExportNotesFromSources => "{0} dari {1}", "{0} from {1}";
    NotesCount => "{0} catatan", "{0} note|{0} notes";
    SourcesCount => "{0} sumber", "{0} source|{0} sources";
    ExportRoleDetails => "Rincian peran", "Roles in detail";
    ExportConcerns => "Indikator terkait", "Indicators concerned";
    ExportMadeWith => "Dibuat dengan Sinergi {0}", "Made with Sinergi {0}";
    ExportNone => "Tidak ada.", "None.";
    ExportWritten => "{0}: ditulis", "{0}: written";
    ExportUnknownAssessment => "{0}: tidak ada penilaian dengan id \"{1}\"; yang ada: {2}", "{0}: there is no assessment with the id \"{1}\"; it has: {2}";
    ExportUnknownFormat => "{0}: format tidak dikenal; akhiri nama berkas dengan {1}", "{0}: unknown format; end the file name with {1}";
    Or => "atau", "or";
    ExportSvgInvalid => "SVG grafik tidak dapat dibaca: {0}", "the chart SVG could not be read: {0}";
    ExportBadSize => "ukuran gambar {0}×{1} tidak didukung (setiap sisi 1 sampai {2} piksel, paling banyak {3} piksel)", "an image of {0}×{1} is not supported (each side 1 to {2} pixels, at most {3} pixels in all)";
    ExportPngFailed => "PNG tidak dapat dibuat: {0}", "the PNG could not be made: {0}";
    ExportFolderFailed => "{0}: folder tidak dapat dibuat ({1})", "{0}: the folder could not be made ({1})";

    // Export from the window.
    CmdExportChart => "Ekspor grafik…", "Export chart…";
    CmdExportReport => "Ekspor laporan…", "Export report…";
    CmdExportCsv => "Ekspor CSV…", "Export CSV…";
    CmdExportNetwork => "Ekspor diagram jaringan…", "Export network diagram…";
    ExportSize => "Ukuran", "Size";
    SizeSlide => "Slide 1920×1080", "Slide 1920×1080";
    SizeA4 => "A4, 300 dpi (2480×3508)", "A4, 300 dpi (2480×3508)";
    SizeCustom => "Ukuran lain", "Custom size";
    Width => "Lebar", "Width";
    Height => "Tinggi", "Height";
    DarkBackground => "Latar gelap", "Dark background";
    AsSvg => "Sebagai SVG (vektor) alih-alih PNG", "As SVG (vector) instead of PNG";
    ChooseFile => "Pilih berkas…", "Choose file…";
    StatusExported => "Diekspor: {0}", "Exported {0}";
    ExportFailedTitle => "Ekspor gagal", "The export failed";

    // Newcomer feedback.
    ScoreUnsupported => "Nilai ini belum didukung bukti yang dikutip.", "No evidence is cited for this score yet.";
    RationaleMissing => "Alasan nilai ini belum ditulis.", "No rationale is written for this score yet.";
    FindingEvidenceHint => "Daftar di bawah berisi catatan pada indikator yang dicentang di atas; cari untuk menemukan catatan lain.", "The list shows the notes on the indicators ticked above; search to find any other note.";
    FolderPath => "Jalur folder", "Folder path";
    AuthorIssuer => "Penulis / penerbit", "Author / issuer";
    StatusUndone => "Dibatalkan: {0}", "Undone: {0}";
    StatusRedone => "Diulang: {0}", "Redone: {0}";
    NextUndo => "Batalkan: {0}", "Undo: {0}";
    NextRedo => "Ulangi: {0}", "Redo: {0}";
    StepAdded => "{0} ditambahkan", "{0} added";
    ProblemNoStudyTitle => "penelitian belum punya judul: isi Judul di bagian Ringkasan lalu simpan", "the study has no title yet: fill in Title in the Overview section and save";
    StepChanged => "{0} diubah", "{0} changed";
    StepRemoved => "{0} dihapus", "{0} deleted";
    SubjectLevel => "tingkat kolaborasi", "level of collaboration";
    SubjectLayout => "tata letak jaringan", "network layout";

    // Reliability and platforms.
    LoadNotRegularFile => "bukan berkas biasa (pipa, perangkat atau soket); pilih berkas proyek", "not a regular file (a pipe, a device or a socket); choose a project file";
    SaveNotRegularFile => "bukan berkas biasa (pipa, perangkat atau soket); dibiarkan seperti semula", "not a regular file (a pipe, a device or a socket); it was left as it was";
    SaveBackupFailed => "versi sebelumnya tidak dapat disimpan sebagai {0} ({1}); berkas di disk tetap seperti sebelumnya", "the previous version could not be kept as {0} ({1}); the file on disk was left as it was";
    ProblemBadIdControl => "id {0} \"{1}\" berisi baris baru atau karakter kontrol lain", "the {0} id \"{1}\" holds a line break or another control character";
    ProblemIdTooLong => "id {0} \"{1}\" berisi {2} karakter; paling banyak {3}", "the {0} id \"{1}\" holds {2} characters; at most {3} are allowed";
    ExportOverProject => "{0}: ini berkas proyek itu sendiri (atau cadangannya); pilih berkas lain", "{0}: this is the project itself (or its backup); choose another file";
    ExportPartlyWritten => "{0}. Ditulis baru: {1}. Masih dari ekspor sebelumnya: {2}", "{0}. Written anew: {1}. Still from the previous export: {2}";
    CliCommentsDropped => "{0}: berkas ini berisi komentar (baris {1}); menulis ulang akan membuangnya. Jalankan lagi dengan --drop-comments untuk tetap menulis ulang (berkas lama disimpan sebagai .bak)", "{0}: the file has comments (line {1}); rewriting it drops them. Run again with --drop-comments to rewrite it anyway (the old file is kept as .bak)";
    StatusOpenedWithComments => "Dibuka: {0}. Berkas ini berisi komentar; menyimpan akan menulisnya ulang tanpa komentar (berkas lama disimpan sebagai .bak).", "Opened {0}. The file has comments; saving rewrites it without them (the old file is kept as .bak).";
    OpenTooLongHint => "Teks sepanjang ini tidak dapat ditampilkan dengan aman. Perpendek di penyunting teks lalu buka lagi (sinergi check menunjukkan masalah yang sama).", "Text this long cannot be shown safely. Shorten it in a text editor and open the file again (sinergi check reports the same problems).";
    RecoveryUnavailable => "Salinan pemulihan tidak dapat ditulis ke {0} ({1}); perubahan yang belum disimpan tidak terlindung jika Sinergi berhenti mendadak", "Recovery copies cannot be written to {0} ({1}); unsaved changes are not protected if Sinergi stops unexpectedly";
    RecoveryNoFolder => "Salinan pemulihan tidak dapat dibuat: tidak ada folder data (HOME tidak diatur); perubahan yang belum disimpan tidak terlindung jika Sinergi berhenti mendadak", "Recovery copies cannot be kept: there is no data folder (HOME is not set); unsaved changes are not protected if Sinergi stops unexpectedly";
    AlreadyOpenTitle => "Proyek ini sudah terbuka di jendela lain", "This project is already open in another window";
    AlreadyOpenText => "{0} sedang terbuka di jendela Sinergi lain. Jika keduanya menyimpan, yang satu menimpa pekerjaan yang lain; sebaiknya tutup salah satunya.", "{0} is open in another Sinergi window. If both save, one overwrites the other's work; better close one of them.";
    // The Word chapter.
    CmdExportDocx => "Ekspor bab Word (.docx)…", "Export Word chapter (.docx)…";
    HelixGovernment => "Pemerintah", "Government";
    HelixBusiness => "Bisnis / swasta", "Business";
    HelixAcademia => "Akademisi", "Academia";
    HelixCommunity => "Masyarakat / komunitas", "Community";
    HelixMedia => "Media", "Media";
    HelixOther => "Lainnya", "Other";
    DocChapterTitle => "BAB {0} HASIL PENELITIAN DAN PEMBAHASAN", "CHAPTER {0} RESULTS AND DISCUSSION";
    DocTableLabel => "Tabel", "Table";
    DocFigureLabel => "Gambar", "Figure";
    DocStudyHeading => "Gambaran Umum Penelitian", "The Study";
    DocResearchers => "Peneliti", "Researchers";
    DocActorsHeading => "Aktor yang Terlibat", "The Actors";
    DocActorsIntro => "Kolaborasi ini melibatkan {0} aktor. Tabel {1} mengelompokkan mereka menurut sektor pentahelix (pemerintah, bisnis, akademisi, masyarakat, media).", "The collaboration involves {0} actor, grouped in Table {1} by the sectors of the pentahelix (government, business, academia, community, media).|The collaboration involves {0} actors, grouped in Table {1} by the sectors of the pentahelix (government, business, academia, community, media).";
    DocActorsCaption => "Aktor menurut sektor (pentahelix)", "Actors by sector (pentahelix)";
    DocRolesHeading => "Peran Aktor dalam Kegiatan", "The Actors' Roles in the Activities";
    DocRolesIntro => "Tabel {0} menunjukkan peran setiap aktor dalam setiap kegiatan kolaborasi.", "Table {0} shows the role each actor plays in each activity of the collaboration.";
    DocNoRoles => "Belum ada kegiatan dan aktor yang dicatat bersama, sehingga peran aktor belum dapat disajikan dalam tabel.", "No activities and actors are recorded together yet, so the actors' roles cannot be tabled.";
    DocRolesCaption => "Peran aktor dalam kegiatan", "Roles of the actors in the activities";
    DocNetworkHeading => "Struktur Jaringan", "The Network Structure";
    DocNetworkForm => "Bentuk struktur jaringan: {0}.", "Form of the network structure: {0}.";
    DocNetworkUndecided => "Bentuk struktur jaringan belum ditentukan.", "The form of the network structure has not been decided yet.";
    DocLeadActor => "Aktor pemimpin / administrator jaringan: {0}.", "Lead or administrative actor of the network: {0}.";
    DocNetworkIntro => "Jaringan ini menghubungkan {1} aktor melalui {0} relasi. Gambar {2} memperlihatkan jaringan tersebut: warna lingkaran menunjukkan sektor, besar lingkaran jumlah ikatan, gaya garis jenis relasi, dan tebal garis tingkat kolaborasi. Tabel {3} memuat setiap relasi beserta tingkat kolaborasinya menurut masing-masing pihak pada skala Levels of Collaboration (Frey dkk. 2006: 0 tidak ada interaksi, 1 jejaring, 2 kerja sama, 3 koordinasi, 4 koalisi, 5 kolaborasi).", "The network ties {1} actors through {0} relation. Figure {2} shows it: the circles' colour gives the sector, their size the number of ties, the line style the kind of relation and its width the level of collaboration. Table {3} lists the relation with its level of collaboration as each side sees it on the Levels of Collaboration scale (Frey et al. 2006: 0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration).|The network ties {1} actors through {0} relations. Figure {2} shows it: the circles' colour gives the sector, their size the number of ties, the line style the kind of relation and its width the level of collaboration. Table {3} lists every relation with its level of collaboration as each side sees it on the Levels of Collaboration scale (Frey et al. 2006: 0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration).";
    DocNetworkCaption => "Jaringan aktor dan relasinya", "The actors and their relations";
    DocRelationsCaption => "Relasi antaraktor dan tingkat kolaborasi menurut masing-masing pihak", "Relations between actors and the level of collaboration as each side sees it";
    DocColActors => "Aktor (dari → kepada)", "Actors (from → to)";
    DocColKindDirection => "Jenis relasi (arah)", "Kind of relation (direction)";
    DocColLevelFrom => "Tingkat menurut pihak pertama", "Level as the first sees it";
    DocColLevelTo => "Tingkat menurut pihak kedua", "Level as the second sees it";
    DocColMismatch => "Selisih", "Levels apart";
    DocMismatchCount => "Pada {0} relasi, kedua pihak menilai tingkat kolaborasinya berbeda (kolom Selisih: berapa tingkat jaraknya; – bila pandangan salah satu pihak tidak tercatat).", "In {0} relation the two sides rate their collaboration differently (column Levels apart: by how many; – when one side's view is not recorded).|In {0} relations the two sides rate their collaboration differently (column Levels apart: by how many; – when one side's view is not recorded).";
    DocNetworkMeasures => "Kepadatan jaringan {0}, sentralisasi derajat {1} dan sentralisasi keantaraan {2}. Tabel {3} memuat derajat dan keantaraan setiap aktor.", "The network's density is {0}, its degree centralisation {1} and its betweenness centralisation {2}. Table {3} gives each actor's degree and betweenness.";
    DocMeasuresHelp => "Ukuran dihitung tanpa memperhatikan arah relasi, dan beberapa relasi antara pasangan yang sama dihitung sebagai satu ikatan. Derajat: jumlah aktor yang terhubung langsung. Keantaraan (betweenness): seberapa sering aktor berada di jalur terpendek antara dua aktor lain, 0–1. Kepadatan: ikatan yang ada dibagi ikatan yang mungkin. Sentralisasi (Freeman): 1 bila satu aktor memusatkan semua ikatan, 0 bila semua setara.", "The measures ignore the direction of relations, and several relations between the same pair count as one tie. Degree: the number of actors tied to directly. Betweenness: how often the actor lies on the shortest paths between two others, 0–1. Density: the ties present over the ties possible. Centralisation (Freeman): 1 when one actor holds every tie, 0 when all are equal.";
    DocMeasuresCaption => "Derajat dan keantaraan setiap aktor", "Degree and betweenness of each actor";
    DocIndicatorsHeading => "Penilaian Indikator: {0}", "The Indicators Assessed: {0}";
    DocFramework => "Kerangka penilaian: {0}.", "Framework: {0}.";
    DocScale => "Skala penilaian: {0}.", "Scale: {0}.";
    DocChartIntro => "Gambar {0} menampilkan nilai setiap indikator, dan Tabel {1} merangkumnya beserta status triangulasi buktinya.", "Figure {0} shows the score of each indicator, and Table {1} sums them up with the triangulation of their evidence.";
    DocChartCaption => "Grafik radar nilai indikator", "Radar chart of the indicator scores";
    DocSummaryCaption => "Ringkasan nilai dan triangulasi per indikator", "Scores and triangulation per indicator";
    DocScoreLine => "Nilai menurut {0}: {1}.", "Score by {0}: {1}.";
    DocTriangulationLine => "Triangulasi: {0} ({1}).", "Triangulation: {0} ({1}).";
    DocEvidenceIntro => "Tabel {0} memuat bukti untuk indikator ini.", "Table {0} lists the evidence for this indicator.";
    DocEvidenceCaption => "Bukti untuk indikator {0}", "Evidence for the indicator {0}";
    DocNoEvidence => "Belum ada catatan bukti yang dikaitkan dengan indikator ini.", "No evidence note is linked to this indicator yet.";
    DocColNumber => "No.", "No.";
    DocColQuote => "Kutipan / observasi", "Quote / observation";
    DocColSourceKindDate => "Sumber (jenis, tanggal)", "Source (kind, date)";
    DocComparisonHeading => "Perbandingan Penilaian", "The Assessments Compared";
    DocComparisonIntro => "Tabel {0} membandingkan {1} penilaian per indikator. Selisih {2} tingkat atau lebih ditandai sebagai besar.", "Table {0} compares {1} assessments indicator by indicator. Differences of {2} levels or more are flagged as large.";
    DocComparisonCaption => "Perbandingan nilai antarpenilaian", "Scores of the assessments compared";
    DocColDifference => "Selisih", "Difference";
    DocColSpread => "Rentang (maks − min)", "Spread (max − min)";
    DocLarge => "besar", "large";
    DocMatricesHeading => "Matriks Bukti", "Evidence Matrices";
    DocMatricesIntro => "Tabel {0} memperlihatkan tentang sektor mana bukti setiap indikator berbicara, dengan jumlah catatan yang mendukung / tidak mendukung; Tabel {1} memperlihatkan dari jenis sumber apa bukti itu berasal.", "Table {0} shows which sectors the evidence of each indicator is about, with the notes that support / challenge it; Table {1} shows the kinds of source it comes from.";
    DocStanceMatrixCaption => "Catatan bukti per indikator dan sektor (mendukung / tidak mendukung)", "Evidence notes per indicator and sector (supports / challenges)";
    DocCoverageMatrixCaption => "Catatan bukti per indikator dan jenis sumber", "Evidence notes per indicator and kind of source";
    DocFactorsHeading => "Faktor Pendukung dan Penghambat", "Supporting and Inhibiting Factors";
    DocPentahelix => "Pentahelix", "Pentahelix";
    Matrices => "Matriks bukti", "Evidence matrices";
    MatricesHelp => "Dari siapa dan dari jenis sumber apa bukti setiap indikator berasal. Klik sel untuk melihat catatannya.", "About whom, and from which kinds of source, each indicator's evidence comes. Click a cell to list its notes.";
    StanceMatrixTitle => "Indikator × sektor: catatan mendukung / tidak mendukung", "Indicators × sectors: notes that support / challenge";
    CoverageMatrixTitle => "Indikator × jenis sumber: catatan (sumber)", "Indicators × kinds of source: notes (sources)";
    CoverageMatrixHint => "Indikator yang buktinya hanya dari satu jenis sumber belum tertriangulasi antarmetode.", "An indicator whose evidence comes from one kind of source only is not yet triangulated across methods.";
    MatrixColumnsLabel => "Kolom:", "Columns:";
    CopyTable => "Salin tabel", "Copy table";
    CmdCopyChart => "Salin grafik", "Copy chart";
    CopyChartHint => "Salin grafik sebagai gambar untuk ditempel di PowerPoint atau Word (Ctrl+Shift+C; Ctrl+C saat presentasi).", "Copy the chart as a picture to paste into PowerPoint or Word (Ctrl+Shift+C; Ctrl+C while presenting).";
    StatusChartCopied => "Grafik disalin sebagai gambar {0}×{1}: tempel di PowerPoint atau Word (Ctrl+V).", "Chart copied as a {0}×{1} picture: paste it into PowerPoint or Word (Ctrl+V).";
    CopyChartFailed => "Grafik tidak dapat disalin: {0}", "The chart could not be copied: {0}";
    StatusNetworkCopied => "Diagram jaringan disalin sebagai gambar {0}×{1}: tempel di PowerPoint atau Word (Ctrl+V).", "Network diagram copied as a {0}×{1} picture: paste it into PowerPoint or Word (Ctrl+V).";
    CopyNetworkFailed => "Diagram jaringan tidak dapat disalin: {0}", "The network diagram could not be copied: {0}";
    LargeDifferenceHint => "Selisih dua tingkat atau lebih: bahas alasannya dengan penilai lain.", "Two levels or more apart: discuss the reasons with the other assessor.";
    ExportLanguage => "Bahasa ekspor", "Language of the export";
    ExportLanguageStudy => "Bahasa penelitian ({0})", "The study's language ({0})";
    CsvSeparatorLabel => "Pemisah kolom", "Field separator";
    CsvSemicolon => "Titik koma, desimal dengan koma (Excel berbahasa Indonesia)", "Semicolons, decimal commas (Excel set to Indonesian)";
    CsvComma => "Koma, desimal dengan titik (Excel berbahasa Inggris, SPSS, R)", "Commas, decimal points (Excel set to English, SPSS, R)";
    ChapterNumber => "Nomor bab (4 untuk Bab IV)", "Chapter number (4 for Bab IV)";
    ExportDocxFailed => "Dokumen Word tidak dapat dibuat: {0}", "The Word document could not be made: {0}";
    DocColFactor => "Faktor", "Factor";
    DocColRecommendation => "Rekomendasi", "Recommendation";
    // REFI-QDA exchange (.qdpx, .qdc).
    CmdExportQdpx => "Ekspor proyek REFI-QDA (.qdpx)…", "Export REFI-QDA project (.qdpx)…";
    CmdExportQdc => "Ekspor buku kode REFI-QDA (.qdc)…", "Export REFI-QDA codebook (.qdc)…";
    CmdImportQdpx => "Impor proyek REFI-QDA (.qdpx)…", "Import REFI-QDA project (.qdpx)…";
    RefiIo => "{0}: tidak dapat dibaca ({1})", "{0}: could not be read ({1})";
    RefiNotAFile => "{0}: bukan berkas", "{0}: not a file";
    RefiTooLarge => "{0}: {1} bita, melebihi batas {2} bita yang dibaca Sinergi", "{0}: {1} bytes, more than the {2} bytes Sinergi reads";
    RefiDamaged => "{0}: bukan paket REFI-QDA (zip) yang dapat dibaca: {1}", "{0}: not a readable REFI-QDA package (zip): {1}";
    RefiNoProject => "{0}: paket tidak berisi project.qde", "{0}: the package holds no project.qde";
    RefiXml => "{0} baris {1}, kolom {2}: {3}", "{0} line {1}, column {2}: {3}";
    RefiNotUtf8 => "{0}: teksnya bukan UTF-8", "{0}: the text is not UTF-8";
    RefiMissingSources => "Berkas sumber tidak ada di dalam paket maupun di sampingnya: {0}", "Source files are neither in the package nor beside it: {0}";
    RefiOutOfRange => "{0}: kutipan «{1}» ({2}–{3}) berada di luar teks ({4} karakter)", "{0}: the passage «{1}» ({2}–{3}) lies outside the text ({4} characters)";
    RefiSourceTooLarge => "{0}: teksnya {1} bita, melebihi yang dapat ditampung satu sumber ({2} bita, paragraf hingga 200.000 karakter)", "{0}: the text is {1} bytes, more than a source may hold ({2} bytes, paragraphs up to 200,000 characters)";
    RefiMappingBad => "{0} baris {1}, kolom {2}: bukan pemetaan kode: {3}", "{0} line {1}, column {2}: not a code mapping: {3}";
    RefiUnknownIndicator => "Kode «{0}» dipetakan ke indikator «{1}», yang tidak ada di kerangka proyek ini", "The code «{0}» is mapped to the indicator «{1}», which this project's framework does not have";
    RefiAssessmentNote => "Penilaian: {0}", "Assessment: {0}";
    RefiTagsCode => "Tag", "Tags";
    RefiQuotesSource => "kutipan tanpa posisi", "quotes without a passage";
    RefiKind => "Jenis", "Kind";
    RefiInformant => "Informan", "Informant";
    RefiInformantCode => "Kode informan", "Informant code";
    RefiPosition => "Jabatan", "Position";
    RefiActor => "Aktor", "Actor";
    RefiDate => "Tanggal", "Date";
    RefiReference => "Rujukan", "Reference";
    RefiImported => "Diimpor dari {0} — sumber: {1}, catatan bukti: {2}, aktor: {3}; kode menjadi indikator: {4}, menjadi tag: {5}.", "Imported from {0} — sources: {1}, evidence notes: {2}, actors: {3}; codes mapped to indicators: {4}, to tags: {5}.";
    RefiKnownSources => "Sumber yang sudah ada di proyek (judul dan teks sama), tidak ditambahkan lagi: {0}", "Sources already in the project (same title and text), not added again: {0}";
    RefiMergedNotes => "Kutipan yang dikode beberapa kali, digabung menjadi satu catatan dengan semua kodenya: {0}", "Passages coded several times, joined into one note with all their codes: {0}";
    RefiSkippedNotes => "Kutipan yang kosong atau sudah menjadi catatan, tidak ditambahkan: {0}", "Passages that were empty or already notes, not added: {0}";
    RefiRecounted => "{0}: posisi dihitung sebagai {1} (bukan seperti standar).", "{0}: positions counted as {1} (not as the standard says).";
    RefiUnsupported => "Tidak diimpor (Sinergi mengambil sumber teks dan kutipan berkodenya): {0}", "Not imported (Sinergi takes text sources and their coded passages): {0}";
    RefiMappingSaved => "Pemetaan kode disimpan di {0}", "Code mapping saved in {0}";
    RefiMappingNotSaved => "Pemetaan kode tidak dapat disimpan: {0}", "The code mapping could not be saved: {0}";
    RefiUnitScalar => "karakter Unicode", "Unicode characters";
    RefiUnitUtf16 => "unit UTF-16", "UTF-16 units";
    RefiCrLfOne => "CRLF dihitung satu", "CRLF counted as one";
    RefiDialogTitle => "Impor proyek REFI-QDA", "Import a REFI-QDA project";
    RefiDialogFrom => "Dari {0} ({1})", "From {0} ({1})";
    RefiDialogCounts => "Sumber teks: {0} · kutipan berkode: {1} · kasus: {2}", "Text sources: {0} · coded passages: {1} · cases: {2}";
    RefiDialogMapping => "Setiap kode menjadi indikator, atau tag bila tidak dipetakan. Usulan diambil dari nama kode (Indonesia atau Inggris) dan dari pemetaan yang tersimpan.", "Each code becomes an indicator, or a tag when it is not mapped. Suggestions come from the code's name (Indonesian or English) and from the saved mapping.";
    RefiAsTag => "Tag «{0}»", "Tag «{0}»";
    RefiAsStance => "Sikap: {0}", "Stance: {0}";
    RefiNoCodes => "Tidak ada kode yang dipakai pada kutipan.", "No code is used on a passage.";
    RefiImportButton => "Impor", "Import";
    RefiPackageFailed => "Paket REFI-QDA tidak dapat dibuat: {0}", "The REFI-QDA package could not be made: {0}";
    CliImportQdpxRefused => "{0}: tidak diubah; tidak ada yang diimpor", "{0}: unchanged; nothing was imported";
    RefiMappingFileLabel => "Berkas pemetaan", "Mapping file";
    RefiLoadMapping => "Baca", "Load";
    RefiMappingMissing => "{0}: berkas pemetaan tidak ada", "{0}: there is no mapping file";
    DocAgreementHeading => "Kesepakatan Antarpenilaian", "Agreement between the Assessments";
    DocAgreementPairIntro => "Tabel {0} memuat nilai kedua penilaian per indikator (selisih {2} tingkat atau lebih ditandai sebagai besar), dan Tabel {1} statistik kesepakatannya beserta interval kepercayaan dan tafsirannya.", "Table {0} gives both assessments' scores indicator by indicator (differences of {2} levels or more are flagged as large), and Table {1} the statistics of their agreement with their confidence intervals and readings.";
    DocAgreementScoresCaption => "Nilai {0} dan {1} per indikator", "Scores of {0} and {1} per indicator";
    DocAgreementStatisticsCaption => "Statistik kesepakatan antara {0} dan {1}", "Statistics of agreement between {0} and {1}";
    DocSecondFrameworkHeading => "Kerangka Kedua: {0}", "The Second Framework: {0}";
    DocSecondChartIntro => "Gambar {0} menampilkan nilai setiap indikator menurut kerangka ini, dan Tabel {1} merincinya beserta status triangulasi buktinya.", "Figure {0} shows the score of each indicator against this framework, and Table {1} lists them with the triangulation of their evidence.";
    DocSecondChartCaption => "Grafik radar nilai indikator menurut {0}", "Radar chart of the indicator scores against {0}";
    DocSecondSummaryCaption => "Nilai dan triangulasi per indikator menurut {0}", "Scores and triangulation per indicator against {0}";
    // Importing source texts.
    ImportNotFound => "berkas tidak ditemukan", "the file does not exist";
    ImportPermission => "tidak ada izin untuk membaca berkas ini", "no permission to read this file";
    ImportIo => "berkas tidak dapat dibaca: {0}", "cannot read the file: {0}";
    ImportIsFolder => "ini sebuah folder, bukan dokumen", "is a folder, not a document";
    ImportNotAFile => "bukan berkas biasa (pipa, perangkat atau soket); pilih sebuah dokumen", "not a regular file (a pipe, a device or a socket); choose a document";
    ImportFileTooLarge => "berkas berukuran {0}; berkas di atas {1} tidak diimpor", "the file is {0}; files over {1} are not imported";
    ImportUnpackedTooLarge => "sebagian isi berkas membengkak menjadi lebih dari {0} ketika dibuka (berkas rusak, atau sengaja dibuat begitu); tidak diimpor", "part of the file unpacks to more than {0} (a damaged file, or one made to do that); it was not imported";
    ImportTextTooLarge => "teksnya ({0}) melebihi {1} yang dapat ditampung satu sumber; bagi dokumen menjadi beberapa bagian dan impor tiap bagian sebagai sumber tersendiri", "its text ({0}) is more than the {1} one source can hold; split the document and import each part as a source of its own";
    ImportUnsupported => "bukan dokumen yang dapat diimpor Sinergi; gunakan .txt, .md, .docx, .odt atau .pdf", "not a document Sinergi can import; use .txt, .md, .docx, .odt or .pdf";
    ImportScannedPdf => "PDF ini tidak punya lapisan teks (tampaknya hasil pindaian): jalankan OCR padanya (mis. OCRmyPDF atau fitur OCR pemindai), atau salin teksnya dan tempelkan ke sumber", "this PDF has no text layer (it looks scanned): run OCR on it (e.g. OCRmyPDF, or your scanner's OCR), or copy its text and paste it into the source";
    ImportEmptyPdf => "PDF ini tidak memuat teks yang dapat diambil (halamannya kosong, atau hurufnya tidak menghasilkan karakter); tempelkan teksnya ke sumber", "this PDF holds no text that can be extracted (blank pages, or fonts that give no characters); paste its text into the source instead";
    ImportEmpty => "berkas ini tidak berisi teks", "the file holds no text";
    ImportEncrypted => "berkas dilindungi kata sandi; buka di programnya, hapus kata sandinya, simpan, lalu impor lagi", "the file is password-protected; open it in its program, remove the password, save it, and import it again";
    ImportLegacyDoc => "ini dokumen Word 97-2003 (.doc) yang lama; buka di Word atau LibreOffice, simpan sebagai .docx, lalu impor lagi", "this is an old Word 97-2003 document (.doc); open it in Word or LibreOffice, save it as .docx, and import it again";
    ImportDamaged => "berkas {0} ini rusak atau tidak lengkap ({1}); coba buka di programnya dan simpan ulang", "this {0} file is damaged or incomplete ({1}); try opening it in its program and saving it again";
    FormatText => "teks", "text";
    FormatMarkdown => "Markdown", "Markdown";
    FormatDocx => "Word (.docx)", "Word (.docx)";
    FormatOdt => "OpenDocument (.odt)", "OpenDocument (.odt)";
    FormatPdf => "PDF", "PDF";
    CliImportAdded => "{0}: sumber {1} ditambahkan ({2} karakter)", "{0}: added source {1} ({2} character)|{0}: added source {1} ({2} characters)";
    // Import text in the window.
    CmdImportText => "Impor teks…", "Import text…";
    ImportTextTooltip => "Tambahkan sumber dari transkrip atau dokumen (.txt, .md, .docx, .odt, .pdf), satu sumber per berkas", "Add sources from transcripts or documents (.txt, .md, .docx, .odt, .pdf), one source per file";
    TextDocumentsFilter => "Dokumen teks", "Text documents";
    ImportTextFiles => "{0} berkas akan menjadi {0} sumber baru, masing-masing dengan teks lengkapnya:", "{0} file becomes a new source holding its full text:|{0} files become {0} new sources, each holding its full text:";
    ImportTextMore => "… dan {0} berkas lagi", "… and {0} more file|… and {0} more files";
    ImportKindByFormat => "Menurut nama berkas, lalu format (PDF: dokumen)", "By file name, then format (PDF: document)";
    ImportTextHint => "Judul diambil dari nama berkas; informan, tanggal dan aktor dapat diisi sesudahnya. Satu kali Urungkan menghapus semuanya.", "Titles come from the file names; informant, date and actor can be filled in afterwards. One Undo removes them all.";
    ImportTextConfirm => "Impor", "Import";
    StatusImportingTexts => "Mengimpor {0} berkas…", "Importing {0} file…|Importing {0} files…";
    ImportedAgain => "perhatian: {0} berkas bernama sama dengan sumber yang sudah ada (mungkin sudah diimpor); hapus duplikatnya atau Urungkan", "note: {0} file has the name of a source already in the project (imported before?); delete the copy or Undo|note: {0} files have the names of sources already in the project (imported before?); delete the copies or Undo";
    StatusImportedTexts => "{0} sumber diimpor beserta teksnya", "{0} source imported with its text|{0} sources imported with their text";
    ImportTextFailedTitle => "Teks tidak diimpor", "The text was not imported";
    ImportTextNothingAdded => "Tidak ada sumber yang ditambahkan. Perbaiki berkas di atas atau pilih tanpa berkas itu, lalu impor lagi.", "No source was added. Fix the files above, or choose again without them, and import again.";
    ImportTextNothingRead => "Berkas tidak dapat dibaca (proses pembaca tidak dapat dimulai). Coba lagi.", "The files could not be read (the reader could not be started). Try again.";
    CliImportRefused => "{0}: tidak diubah; tidak ada sumber yang ditambahkan", "{0}: left unchanged; no source was added";
    CliImportTitleIgnored => "--title diabaikan: ada beberapa dokumen, masing-masing diberi judul dari nama berkasnya", "--title ignored: with several documents, each is titled from its file name";
}

#[cfg(test)]
mod tests {
    use super::Msg;
    use crate::model::Lang;

    #[test]
    fn every_message_exists_in_both_languages() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(
                    !msg.get(lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for msg in Msg::ALL {
            let holes = |text: &str| {
                (0..6)
                    .filter(|i| text.contains(&format!("{{{i}}}")))
                    .count()
            };
            assert_eq!(
                holes(msg.get(Lang::Id)),
                holes(msg.get(Lang::En)),
                "{msg:?}"
            );
        }
    }
}
