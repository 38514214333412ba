#!/usr/bin/env python3
"""The peer for `tierlab model starter`'s held-out AUC (docs/backtest.md, "A starter model from data").

Fits scikit-learn's logistic regression on the accounts `tierlab model starter --split-out SPLIT`
marks "fit" and prints its ROC AUC on those marked "held_out", from the same CSV file Tierlab
imported (one row per account, a churn label column):

    python3 bench/starter/logistic.py FILE.csv --id customerID --label Churn --positive Yes --split SPLIT.csv
    python3 bench/starter/logistic.py churn-bigml-20.csv --row-ids churn-bigml-20 --label Churn --positive True --split SPLIT.csv

Number columns are imputed with the fit rows' median and standardised; text columns are one-hot
encoded (missing as its own value). Needs Debian's python3-sklearn and python3-pandas.
"""
import argparse
import json

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--id", help="the account id column")
    ap.add_argument("--row-ids", metavar="PREFIX",
                    help="no id column: Tierlab named the rows PREFIX#1, PREFIX#2, … (the file's base name)")
    ap.add_argument("--label", required=True)
    ap.add_argument("--positive", required=True, help="the label value meaning churned")
    ap.add_argument("--split", required=True, help="account_id,set (fit|held_out) from tierlab model starter --split-out")
    ap.add_argument("--drop", action="append", default=[], help="a column to leave out (repeatable)")
    args = ap.parse_args()

    data = pd.read_csv(args.csv, dtype={args.id: str} if args.id else None,
                       na_values=["", " ", "NA", "N/A", "NULL", "?"], keep_default_na=True)
    if not args.id:
        args.id = "__row_id"
        data[args.id] = [f"{args.row_ids}#{i + 1}" for i in range(len(data))]
    split = pd.read_csv(args.split, dtype={"account_id": str})
    data = data.merge(split, left_on=args.id, right_on="account_id", how="inner")
    y = (data[args.label].astype(str).str.strip() == args.positive).astype(int)
    features = [c for c in data.columns if c not in {args.id, args.label, "account_id", "set", *args.drop}]
    numbers = [c for c in features if pd.api.types.is_numeric_dtype(data[c])]
    texts = [c for c in features if c not in numbers]
    for c in texts:
        data[c] = data[c].astype(str)
    prep = ColumnTransformer([
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numbers),
        ("cat", OneHotEncoder(handle_unknown="ignore"), texts),
    ])
    model = make_pipeline(prep, LogisticRegression(max_iter=5000))
    fit = data["set"] == "fit"
    model.fit(data.loc[fit, features], y[fit])
    held = data["set"] == "held_out"
    auc = roc_auc_score(y[held], model.predict_proba(data.loc[held, features])[:, 1])
    print(json.dumps({"fit_rows": int(fit.sum()), "held_out_rows": int(held.sum()),
                      "held_out_positives": int(y[held].sum()), "numbers": numbers, "texts": texts,
                      "logistic_auc": round(auc, 4)}, indent=2))


if __name__ == "__main__":
    main()
