"""Airflow DAG: render the TnS report suite every morning for the previous day.

Copy this file into the Airflow dags/ folder and set the Airflow Variable ``tns_kit_dir`` to the
folder of a checkout where ``npm ci`` has run (it builds the kit). Each task is one ``tns``
command, so a failure shows which step broke:

1. ``check-data``  — the data-integrity gate: exits 1 on a failed check, which stops the run;
2. ``render``      — every notebook with ``date`` = the run's logical date (``{{ ds }}``), so a
   backfill renders the reports as they would have looked that day;
3. the reports and reports/manifest.json (parameters, data hashes, commit, durations) are
   published by copying the folder (replace the echo with your own upload).
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.bash import BashOperator

KIT = "{{ var.value.tns_kit_dir }}"
# CI=true keeps tns's output as plain log lines (no progress bar) in the task log.
ENV = {"CI": "true", "TZ": "Asia/Seoul", "PATH": "/usr/local/bin:/usr/bin:/bin"}

with DAG(
    dag_id="tns_daily_reports",
    description="TnS Kit: data checks, then the static HTML report suite for the previous day",
    schedule="30 6 * * *",  # 06:30 every day (the scheduler's time zone; set it to Asia/Seoul)
    start_date=datetime(2026, 8, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 1, "retry_delay": timedelta(minutes=10)},
    tags=["tns", "reports"],
) as dag:
    check_data = BashOperator(
        task_id="check_data",
        bash_command=f"cd {KIT} && npx tns check-data",
        env=ENV,
    )
    render = BashOperator(
        task_id="render_reports",
        bash_command=f"cd {KIT} && npx tns report --param date={{{{ ds }}}} --out reports/{{{{ ds }}}}",
        env=ENV,
        execution_timeout=timedelta(minutes=30),
    )
    publish = BashOperator(
        task_id="publish_reports",
        bash_command=f"cd {KIT} && echo 'publish reports/{{{{ ds }}}} (index.html, manifest.json) to the report share'",
        env=ENV,
    )
    check_data >> render >> publish
