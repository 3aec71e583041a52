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
    RoleConvener => "Wadah", "Convener";
    RoleParticipant => "Peserta / penerima manfaat", "Participant / beneficiary";
    RoleFunder => "Penyandang dana", "Funder";
    RoleRegulator => "Regulator", "Regulator";
    RoleOther => "Lainnya", "Other";
    SourceInterview => "Wawancara", "Interview";
    SourceObservation => "Observasi", "Observation";
    SourceDocument => "Dokumen", "Document";
    StanceSupports => "Mendukung", "Supports";
    StanceChallenges => "Menantang", "Challenges";
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

    // Validation problems.
    ProblemDuplicateId => "ada lebih dari satu {0} dengan id \"{1}\"", "more than one {0} has the id \"{1}\"";
    ProblemDangling => "{0} merujuk ke {1} \"{2}\" yang tidak ada", "{0} refers to {1} \"{2}\", which does not exist";
    ProblemEmpty => "{0}: kolom \"{1}\" kosong", "{0}: the field \"{1}\" is empty";
    ProblemTooLong => "{0}: kolom \"{1}\" berisi {2} karakter; paling banyak {3}", "{0}: the field \"{1}\" holds {2} characters; at most {3} are allowed";
    ProblemMalformedScale => "skala {0}..{1} dengan langkah {2} tidak membentuk jumlah tingkat yang utuh", "the scale {0}..{1} in steps of {2} has no whole number of levels";
    ProblemOffScale => "{0}: nilai {1} tidak ada pada skala {2}..{3} (langkah {4})", "{0}: the value {1} is not on the scale {2}..{3} (steps of {4})";
    ProblemDuplicateScore => "penilaian \"{0}\" memberi nilai indikator \"{1}\" lebih dari sekali", "assessment \"{0}\" scores indicator \"{1}\" more than once";
    ProblemDuplicateRole => "aktor \"{0}\" punya lebih dari satu peran dalam kegiatan \"{1}\"", "actor \"{0}\" has more than one role in activity \"{1}\"";
    ProblemBadDate => "sumber \"{0}\": tanggal \"{1}\" harus ditulis TTTT, TTTT-BB atau TTTT-BB-HH", "source \"{0}\": the date \"{1}\" must be written YYYY, YYYY-MM or YYYY-MM-DD";
    SubjectStudy => "metadata penelitian", "study metadata";
    SubjectFramework => "kerangka penilaian", "the framework";
    SubjectScore => "penilaian \"{0}\", indikator \"{1}\"", "assessment \"{0}\", indicator \"{1}\"";

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
    CliProblemCount => "{0}: {1} masalah", "{0}: {1} problem(s)";
    CliUpgraded => "{0}: ditulis ulang dengan skema versi {1}", "{0}: rewritten in schema version {1}";
    CliUpgradeRefused => "{0}: tidak ditulis ulang karena ada masalah", "{0}: not rewritten because of the problems above";
}
