CREATE TYPE "public"."contribution_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."refit_job_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "pay_contribution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" text NOT NULL,
	"year" integer NOT NULL,
	"role" text NOT NULL,
	"level" text NOT NULL,
	"location" text NOT NULL,
	"country" text NOT NULL,
	"arrangement" text NOT NULL,
	"company_size" text NOT NULL,
	"base" integer NOT NULL,
	"bonus" integer DEFAULT 0 NOT NULL,
	"equity" integer DEFAULT 0 NOT NULL,
	"status" "contribution_status" DEFAULT 'pending' NOT NULL,
	"review_reason" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refit_job" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "refit_job_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"status" "refit_job_status" DEFAULT 'queued' NOT NULL,
	"step" text,
	"progress" double precision DEFAULT 0 NOT NULL,
	"created_by" text,
	"base_version_id" integer,
	"draft_id" integer,
	"include_contributions" boolean DEFAULT true NOT NULL,
	"keep_files" boolean DEFAULT false NOT NULL,
	"files_deleted_at" timestamp with time zone,
	"files" jsonb NOT NULL,
	"note" text,
	"result" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"heartbeat_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "refit_upload" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "refit_upload_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"job_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"content" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pay_contribution" ADD CONSTRAINT "pay_contribution_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_contribution" ADD CONSTRAINT "pay_contribution_reviewed_by_user_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refit_job" ADD CONSTRAINT "refit_job_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refit_job" ADD CONSTRAINT "refit_job_base_version_id_catalog_version_id_fk" FOREIGN KEY ("base_version_id") REFERENCES "public"."catalog_version"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refit_job" ADD CONSTRAINT "refit_job_draft_id_catalog_version_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."catalog_version"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refit_upload" ADD CONSTRAINT "refit_upload_job_id_refit_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."refit_job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pay_contribution_owner_year_idx" ON "pay_contribution" USING btree ("owner_id","year");--> statement-breakpoint
CREATE INDEX "pay_contribution_cell_idx" ON "pay_contribution" USING btree ("role","level","country","status");--> statement-breakpoint
CREATE INDEX "pay_contribution_status_idx" ON "pay_contribution" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "refit_job_one_active_idx" ON "refit_job" USING btree ((status in ('queued', 'running'))) WHERE status in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "refit_job_created_at_idx" ON "refit_job" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "refit_upload_job_id_idx" ON "refit_upload" USING btree ("job_id","position");