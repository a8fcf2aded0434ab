/**
 * School: the tenants and the people in them. One LMS deployment (a platform registration plus a
 * deployment id) is one {@link id.ruangkonseling.school.entity.School}; a person is a
 * {@link id.ruangkonseling.school.entity.Member} of exactly one school, known by the LMS's subject
 * identifier; a course seen in a launch is a {@link id.ruangkonseling.school.entity.CourseContext}.
 * <p>
 * Rules: a school never sees another school's members or courses, so every lookup here is by school;
 * the counselor role is granted inside the tool and is never taken from what the LMS says.
 */
package id.ruangkonseling.school;
