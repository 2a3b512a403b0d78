package org.paperkg.nlp;

/**
 * Words that say a model is trained: "trained", "pre-training", "fine-tuned", "SFT". One vocabulary for
 * the name rules here (a name after "trained on" is data) and the relation rules in extract (trainedOn,
 * and datasets framed as training data rather than benchmarks). Hyphens do not count.
 */
public final class TrainingWords {

    private TrainingWords() {}

    /** Whether the lower-case word {@code w} is a training word. */
    public static boolean isTraining(String w) {
        String s = w.replace("-", "");
        return s.equals("train") || s.equals("trains") || s.equals("trained") || s.equals("training")
                || s.equals("pretrain") || s.equals("pretrains") || s.equals("pretrained")
                || s.equals("pretraining") || s.equals("finetune") || s.equals("finetunes")
                || s.equals("finetuned") || s.equals("finetuning") || s.equals("tuned") || s.equals("tuning")
                || s.equals("instructiontuned") || s.equals("instructiontune") || s.equals("instructiontuning")
                || s.equals("posttrained") || s.equals("posttraining") || s.equals("midtrained")
                || s.equals("continual") || s.equals("retrained") || s.equals("sft");
    }
}
