use sinergi::synth::{project, Params};
use std::time::Instant;
fn main() {
    let p = project(&Params::with_evidence(20000));
    for _ in 0..3 {
        let t = Instant::now(); let v = p.validate(); let a = t.elapsed();
        let t = Instant::now(); let i = sinergi::analysis::TriangulationIndex::build(&p); let b = t.elapsed();
        let t = Instant::now(); let c = p.clone(); let cl = t.elapsed();
        let t = Instant::now(); drop(c); let dr = t.elapsed();
        let t = Instant::now(); let s = sinergi::store::to_ron(&p); let ser = t.elapsed();
        let t = Instant::now(); let q: sinergi::model::Project = ron::from_str(&s).unwrap(); let de = t.elapsed();
        println!("validate {a:?} triang {b:?} clone {cl:?} drop {dr:?} ser {ser:?} de {de:?} {} {}", v.len(), i.notes(&"trust".into()).len() + q.evidence.len());
    }
}
