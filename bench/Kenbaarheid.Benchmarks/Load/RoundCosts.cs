namespace Kenbaarheid.Benchmarks.Load;

/// <summary>
/// One round's CPU microseconds per notice: the floor, the whole pipeline, and each stage run on its own; the PDFs of
/// a notice; wall time beside floor and pipeline; and how many methods the JIT compiled during the html + txt passes
/// and during the PDF pass (zero once settled since the PDF is written without PDFsharp: a PDF pass that compiles
/// methods would be counting the JIT as PDF work).
/// </summary>
public sealed record RoundCosts(
    double Floor,
    double Pipeline,
    double Validate,
    double Explain,
    double Serialize,
    double Render,
    double Pdf,
    double FloorWall,
    double PipelineWall,
    long JitMethods,
    long PdfJitMethods)
{
    /// <summary>Rendering without the explanation's serialization, which <see cref="Render"/> includes.</summary>
    public double RenderOnly => Render - Serialize;

    /// <summary>Hashes, manifest and store: the whole pipeline less the stages before them.</summary>
    public double Rest => Pipeline - Validate - Explain - Render;
}
